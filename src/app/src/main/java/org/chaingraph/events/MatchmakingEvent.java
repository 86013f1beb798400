package org.chaingraph.events;

import static org.chaingraph.graphql.NodeValues.text;

import java.time.LocalDate;

import org.neo4j.driver.Value;

/** A matchmaking event (融通对接活动). */
public record MatchmakingEvent(String id, String name, LocalDate date, String theme) {

    /** From a {@code :MatchmakingEvent} node; null for a null value. */
    public static MatchmakingEvent from(Value node) {
        if (node.isNull()) {
            return null;
        }
        return new MatchmakingEvent(node.get("id").asString(), node.get("name").asString(), node.get("date").asLocalDate(),
                text(node.get("theme")));
    }
}
