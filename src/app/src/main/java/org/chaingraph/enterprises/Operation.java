package org.chaingraph.enterprises;

import static org.chaingraph.graphql.NodeValues.text;

import org.chaingraph.chains.Segment;
import org.neo4j.driver.Value;

/** An enterprise operating in a chain segment, with its main product there. */
public record Operation(Segment segment, String mainProduct) {

    public static Operation of(Value segment, Value mainProduct) {
        return new Operation(Segment.from(segment), text(mainProduct));
    }
}
