package org.chaingraph.audit;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chaingraph.errors.Messages;
import org.chaingraph.graphql.Connection;
import org.chaingraph.graphql.Edge;
import org.chaingraph.graphql.Page;
import org.chaingraph.neo4j.Graph;
import org.chaingraph.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;

/**
 * The audit trail: every mutation (through {@link AuditedMutations}) and every import — into a
 * running server or by the command line — is recorded in the graph — who, when, which operation, its arguments, the ids it touched
 * and how it ended — and ADMIN pages through it newest first.
 */
@Service
public final class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_ARGUMENTS = 2000;

    private final AuditRepository repository;

    AuditTrail(AuditRepository repository) {
        this.repository = repository;
    }

    /** The trail over {@code graph} outside the application (the command line's bulk load). */
    public static AuditTrail over(Graph graph) {
        return new AuditTrail(new AuditRepository(graph));
    }

    /** Records one write. A failure to record is logged, never hidden from the log and never fatal to the write. */
    public void record(Caller caller, String operation, Map<String, ?> arguments, Collection<String> affected, String outcome) {
        Instant now = Instant.now();
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        // Sorts by time: 13 digits of epoch milliseconds, then a random suffix for writes in the same millisecond.
        String key = String.format("%013d-%s", now.toEpochMilli(), HexFormat.of().formatHex(suffix));
        var entry = new AuditEntry(key, now.toString(), caller.name(), caller.role(), operation, json(arguments),
                List.copyOf(affected), outcome, MDC.get("requestId"));
        try {
            repository.record(entry);
        } catch (RuntimeException e) {
            log.error("could not record audit entry {}", entry, e);
        }
    }

    public Connection<Edge<AuditEntry>> page(Integer first, String after) {
        var page = Page.of(first, after);
        return Connection.of(repository.page(page), page, repository.count(), page.afterKey() == null ? 0 : 1, AuditEntry::key);
    }

    private static String json(Map<String, ?> arguments) {
        try {
            return Messages.truncate(JSON.writeValueAsString(arguments), MAX_ARGUMENTS);
        } catch (JsonProcessingException e) {
            return String.valueOf(arguments);
        }
    }

    static List<String> ids(Object... values) {
        var ids = new ArrayList<String>();
        for (Object value : values) {
            if (value instanceof String s) {
                ids.add(s);
            } else if (value instanceof Collection<?> c) {
                c.forEach(v -> ids.add(String.valueOf(v)));
            }
        }
        return ids;
    }
}
