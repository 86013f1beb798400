package org.chaingraph.challenges;

import static org.chaingraph.graphql.NodeValues.constant;
import static org.chaingraph.graphql.NodeValues.date;

import java.time.LocalDate;

import org.chaingraph.enterprises.Enterprise;
import org.neo4j.driver.Value;

/** An enterprise's bid on a challenge (揭榜). */
public record Bid(Enterprise enterprise, LocalDate submitted, BidOutcome outcome) {

    /** @param bidsOn the {@code BIDS_ON} relationship */
    public static Bid of(Value enterprise, Value bidsOn) {
        return new Bid(Enterprise.from(enterprise), date(bidsOn.get("submitted")), constant(bidsOn.get("outcome"), BidOutcome.class));
    }
}
