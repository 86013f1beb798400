package org.chaingraph.challenges;

import static org.chaingraph.graphql.NodeValues.constant;
import static org.chaingraph.graphql.NodeValues.date;
import static org.chaingraph.graphql.NodeValues.decimal;

import java.time.LocalDate;

import org.neo4j.driver.Value;

/** An open challenge (揭榜挂帅) issued by an enterprise; budget in 万元. */
public record Challenge(String id, String title, Double budget, LocalDate deadline, ChallengeStatus status) {

    /** From a {@code :Challenge} node; null for a null value. */
    public static Challenge from(Value node) {
        if (node.isNull()) {
            return null;
        }
        return new Challenge(node.get("id").asString(), node.get("title").asString(), decimal(node.get("budget")),
                date(node.get("deadline")), constant(node.get("status"), ChallengeStatus.class));
    }
}
