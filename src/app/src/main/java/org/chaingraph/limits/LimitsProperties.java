package org.chaingraph.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code chaingraph.limits.*}: what one request may ask of the server (docs/security.md). Each
 * refusal names the limit, the request's value and the maximum; nothing runs.
 */
@ConfigurationProperties("chaingraph.limits")
public record LimitsProperties(
        /* Deepest field nesting, the operation's root fields being depth 1. */
        Integer maxDepth,
        /* Largest estimated cost (see QueryCost) of one operation. */
        Integer maxCost,
        /* Most aliased fields in one document. */
        Integer maxAliases,
        /* Most operations defined in one document. */
        Integer maxOperations,
        /* Longest document, in characters. */
        Integer maxDocumentLength,
        /* Most grammar tokens in one document (graphql-java's parser stops there). */
        Integer maxTokens,
        /* Items assumed for a list field that declares no @listSize. */
        Integer defaultListSize,
        /* Longest a request may run: every Neo4j statement gets the time left as its transaction timeout. */
        Duration timeout,
        /* Largest request body (JSON); an uploaded import zip has its own limit. */
        DataSize maxRequestSize,
        /* Largest zip uploaded to POST /admin/imports. */
        DataSize maxUploadSize,
        /* How long a GraphQL request runs before ChainGraph starts checking that its client is still there (0: never). */
        Duration disconnectProbe,
        /* Computations holding every firm of a region in memory (cultivation, entry lists, incentive summaries) that run at once. */
        Integer regionReports,
        Rate rate) {

    /** Per-client token bucket: {@code capacity} requests at once, refilled at {@code perSecond}. */
    public record Rate(Boolean enabled, Integer capacity, Integer perSecond) {
        public Rate {
            enabled = enabled == null || enabled;
            capacity = capacity == null ? 120 : capacity;
            perSecond = perSecond == null ? 20 : perSecond;
        }
    }

    public LimitsProperties {
        maxDepth = positive(maxDepth, 10, "max-depth");
        maxCost = positive(maxCost, 50_000, "max-cost");
        maxAliases = positive(maxAliases, 30, "max-aliases");
        maxOperations = positive(maxOperations, 20, "max-operations");
        maxDocumentLength = positive(maxDocumentLength, 50_000, "max-document-length");
        maxTokens = positive(maxTokens, 15_000, "max-tokens");
        defaultListSize = positive(defaultListSize, 10, "default-list-size");
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(1) : maxRequestSize;
        maxUploadSize = maxUploadSize == null ? DataSize.ofGigabytes(2) : maxUploadSize;
        disconnectProbe = disconnectProbe == null ? Duration.ofSeconds(2) : disconnectProbe;
        regionReports = positive(regionReports, 1, "region-reports");
        rate = rate == null ? new Rate(null, null, null) : rate;
    }

    private static int positive(Integer value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value <= 0) {
            throw new IllegalArgumentException("chaingraph.limits." + name + " must be positive, got " + value);
        }
        return value;
    }
}
