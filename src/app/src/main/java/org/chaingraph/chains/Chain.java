package org.chaingraph.chains;

import static org.chaingraph.graphql.NodeValues.text;

import org.neo4j.driver.Value;

/** An industry chain (产业链). */
public record Chain(String id, String name, String nameEn, String description) {

    /** From a {@code :Chain} node; null for a null value. */
    public static Chain from(Value node) {
        if (node.isNull()) {
            return null;
        }
        return new Chain(node.get("id").asString(), node.get("name").asString(), text(node.get("nameEn")), text(node.get("description")));
    }
}
