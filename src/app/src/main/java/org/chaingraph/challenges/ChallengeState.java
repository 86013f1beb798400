package org.chaingraph.challenges;

import static org.chaingraph.graphql.NodeValues.constant;
import static org.chaingraph.graphql.NodeValues.date;
import static org.chaingraph.graphql.NodeValues.text;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** What the lifecycle checks look at, read under the challenge's write lock. */
record ChallengeState(ChallengeStatus status, LocalDate deadline, String issuer, List<String> bidders) {

    static ChallengeState of(Record row) {
        return new ChallengeState(constant(row.get("status"), ChallengeStatus.class), date(row.get("deadline")), text(row.get("issuer")),
                row.get("bidders").asList(Value::asString));
    }
}
