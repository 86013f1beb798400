package org.chaingraph.e2e.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Malformed requests, reproducibly from a seed: the test documents with characters dropped, doubled,
 * swapped or cut off, junk in place of a document, variables of the wrong type or size, bodies that
 * are not GraphQL requests, and odd headers (content types, request ids, credentials).
 */
final class Fuzz {

    record Request(String description, HttpRequest http) {
        @Override
        public String toString() {
            return description.length() > 300 ? description.substring(0, 300) + "…" : description;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] JUNK = {"{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "...", "\"", "\\", "#", ",", "=",
            "query", "mutation", "fragment", "on", "__schema", "__typename", "null", "\u0000", "\uD83D\uDE00", "链", "\n", "\t", " "};
    /** A Cypher injection attempt among the argument values; an error may echo it as the value it refuses. */
    static final String INJECTION = "'; MATCH (n) DETACH DELETE n //";
    private static final Object[] VALUES = {null, "", " ", 0, -1, 101, Integer.MAX_VALUE, 1e308, -0.5, true, "not-a-uscc",
            "91330402MA2C000017", "x".repeat(10_000), List.of(), List.of(1, "a"), Map.of(), Map.of("a", List.of(Map.of())), "2026-13-45",
            INJECTION, "=cmd|' /C calc'!A0"};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json;charset=UTF-8", "application/graphql-response+json",
            "text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data; boundary=x", "application/json;charset=GBK"};

    private final Random random;
    private final List<String> documents;

    Fuzz(Random random, List<String> documents) {
        this.random = random;
        this.documents = documents;
    }

    /** Every operation under graphql-test/, the material the mutations start from. */
    static List<String> documents() {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/graphql-test"))) {
            return files.filter(f -> f.toString().endsWith(".graphql")).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Request next(URI endpoint) throws IOException {
        String document = mutate(documents.get(random.nextInt(documents.size())));
        String body;
        String kind;
        switch (random.nextInt(10)) {
            case 0 -> {
                kind = "raw body";
                body = pick(new String[] {"null", "[]", "[{}]", "1", "\"q\"", "{", "{\"query\":", "{\"query\":null}", "{\"query\":[]}",
                        "{\"query\":{}}", "{\"variables\":{}}", "{\"query\":\"{chains{id}}\",\"variables\":[]}",
                        "{\"query\":\"{chains{id}}\",\"operationName\":5}", "{\"query\":\"{chains{id}}\",\"extensions\":\"x\"}", "", "\u0000"});
            }
            case 1 -> {
                kind = "junk document";
                var junk = new StringBuilder();
                for (int i = random.nextInt(60); i > 0; i--) {
                    junk.append(pick(JUNK));
                }
                body = JSON.writeValueAsString(Map.of("query", junk.toString()));
            }
            default -> {
                kind = "mutated document";
                var request = new java.util.LinkedHashMap<String, Object>();
                request.put("query", document);
                if (random.nextBoolean()) {
                    request.put("variables", variables());
                }
                if (random.nextInt(5) == 0) {
                    request.put("operationName", pick(new Object[] {"x", "", 1, null, "enterprise"}));
                }
                body = JSON.writeValueAsString(request);
            }
        }
        var http = HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", random.nextInt(6) == 0 ? pick(CONTENT_TYPES) : "application/json");
        if (random.nextInt(5) == 0) {
            http.header("X-Request-Id", pick(new String[] {"ok-1", "x".repeat(500), "a b", "%E9%93%BE", "../../etc/passwd", "=1+1"}));
        }
        if (random.nextInt(8) == 0) {
            http.header("Accept", pick(new String[] {"application/json", "application/graphql-response+json", "text/html", "*/*", "image/png"}));
        }
        return new Request(kind + ": " + body, http.build());
    }

    private String mutate(String document) {
        var text = new StringBuilder(document);
        for (int i = 1 + random.nextInt(4); i > 0 && text.length() > 1; i--) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, pick(JUNK));
                case 2 -> text.insert(at, text.charAt(at));
                case 3 -> text.setLength(at);
                default -> {
                    int other = random.nextInt(text.length());
                    char c = text.charAt(at);
                    text.setCharAt(at, text.charAt(other));
                    text.setCharAt(other, c);
                }
            }
        }
        return text.toString();
    }

    private Map<String, Object> variables() {
        var variables = new java.util.HashMap<String, Object>();
        for (String name : new String[] {"uscc", "id", "first", "after", "year", "regionCode", "chainId", "text", "input", "filter", "code"}) {
            if (random.nextBoolean()) {
                variables.put(name, pick(VALUES));
            }
        }
        return variables;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
