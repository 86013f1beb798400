package org.chaingraph.neo4j;

import java.util.Map;

import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stops a request whose client went away: no statement of it starts any more ({@link Deadline}),
 * and those running in Neo4j are terminated (schema/terminate-request finds them by the request id
 * {@link Graph} puts in every request transaction's metadata). On a cluster this reaches the
 * transactions of the server the driver asks; elsewhere the request's time limit still applies.
 */
@Component
public final class RunningRequests {

    /** The transaction metadata key holding the request id. */
    public static final String REQUEST_ID = "requestId";

    private static final Logger log = LoggerFactory.getLogger(RunningRequests.class);

    private final Graph graph;

    RunningRequests(Graph graph) {
        this.graph = graph;
    }

    /** Cancels request {@code requestId} if it is still running here. */
    public void cancel(String requestId) {
        if (!Deadline.cancel(requestId)) {
            return;
        }
        try (var session = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            session.run(graph.statement("schema/terminate-request"), Map.of(REQUEST_ID, requestId)).consume();
            log.info("request {}: its client went away; its queries were stopped", requestId);
        } catch (RuntimeException e) {
            log.warn("request {}: its client went away, but its queries could not be stopped: {}", requestId, e.getMessage());
        }
    }
}
