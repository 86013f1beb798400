package org.chaingraph.e2e.neo4j;

import java.nio.file.Path;

import org.chaingraph.neo4j.EmbeddedNeo4j;

/**
 * Neo4j in a process of its own, standing in for an external server that a test can stop (kill -9)
 * and start again: {@code StandaloneNeo4j <home> <bolt port>} prints {@code READY} once Bolt
 * answers, and stops when its standard input closes.
 */
public final class StandaloneNeo4j {

    private StandaloneNeo4j() {
    }

    public static void main(String[] args) throws Exception {
        try (var neo4j = EmbeddedNeo4j.start(Path.of(args[0]), Integer.parseInt(args[1]), "64m")) {
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() != -1) {
                // until the parent closes our input
            }
        }
    }
}
