package org.chaingraph.gaps;

import org.neo4j.driver.Value;

/** A FEEDS relationship between two segments of a chain: {@code source} feeds {@code target}. */
public record Flow(String source, String target) {

    /** From a {@code [sourceId, targetId]} pair returned by a statement. */
    public static Flow of(Value pair) {
        return new Flow(pair.get(0).asString(), pair.get(1).asString());
    }
}
