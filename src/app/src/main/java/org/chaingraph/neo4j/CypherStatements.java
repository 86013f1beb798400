package org.chaingraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cypher statements read from {@code cypher/<feature>/<name>.cypher} on the classpath (the
 * top-level {@code cypher/} folder is packaged into the jar). Statements are named, never built.
 */
public final class CypherStatements {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** @param name the path below {@code cypher/} without extension, e.g. {@code enterprises/by-uscc} */
    public String get(String name) {
        return cache.computeIfAbsent(name, CypherStatements::load);
    }

    private static String load(String name) {
        String path = "cypher/" + name + ".cypher";
        try (InputStream in = CypherStatements.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No Cypher statement at classpath:" + path);
            }
            return stripComments(new String(in.readAllBytes(), StandardCharsets.UTF_8)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops whole-line {@code //} comments, which document the files but would end a statement list. */
    static String stripComments(String text) {
        var out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.stripLeading().startsWith("//")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
