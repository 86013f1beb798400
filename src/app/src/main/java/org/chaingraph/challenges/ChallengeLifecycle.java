package org.chaingraph.challenges;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chaingraph.enterprises.UsccArgument;
import org.chaingraph.graphql.BadRequestException;
import org.chaingraph.graphql.NotFoundException;
import org.chaingraph.graphql.YearArgument;
import org.chaingraph.neo4j.Graph;
import org.springframework.stereotype.Service;

/**
 * The 揭榜挂帅 lifecycle: OPEN → AWARDED | CLOSED, nothing else. Each mutation is one write
 * transaction: lock the challenge and read its state, check, write (the write statement guards the
 * status again); a failed check throws inside the transaction, which rolls back, so nothing changes.
 * Dates are compared with today in China.
 */
@Service
public final class ChallengeLifecycle {

    // Sanity bounds on what one publication may write (not policy figures): a title as long as a
    // 榜单 heading ever is, a budget of at most 1,000 亿元, a deadline within ten years.
    static final int MAX_TITLE = 200;
    static final int MAX_NAME = 100;
    static final int MAX_CAPABILITIES = 30;
    static final double MAX_BUDGET = 10_000_000;
    static final int MAX_YEARS_AHEAD = 10;

    private final Graph graph;

    public ChallengeLifecycle(Graph graph) {
        this.graph = graph;
    }

    public Challenge publish(PublishChallengeInput input) {
        if (input.title() == null || input.title().isBlank()) {
            throw new BadRequestException("input.title", "must not be blank");
        }
        if (input.title().strip().length() > MAX_TITLE) {
            throw new BadRequestException("input.title", "must be at most " + MAX_TITLE + " characters, got " + input.title().strip().length());
        }
        String issuer = UsccArgument.require("input.issuerUscc", input.issuerUscc());
        if (input.segmentId() == null || input.segmentId().isBlank()) {
            throw new BadRequestException("input.segmentId", "must not be blank");
        }
        if (input.budget() != null && !(input.budget() >= 0 && input.budget() <= MAX_BUDGET)) {
            throw new BadRequestException("input.budget", "must be between 0 and " + (long) MAX_BUDGET + " (万元), got " + input.budget());
        }
        LocalDate today = YearArgument.today();
        if (input.deadline() == null || input.deadline().isBefore(today) || input.deadline().isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw new BadRequestException("input.deadline", "must be between today (" + today + ") and " + today.plusYears(MAX_YEARS_AHEAD)
                    + ", got " + input.deadline());
        }
        if (input.capabilities() != null && input.capabilities().size() > MAX_CAPABILITIES) {
            throw new BadRequestException("input.capabilities", "must name at most " + MAX_CAPABILITIES + ", got " + input.capabilities().size());
        }
        var capabilities = new LinkedHashSet<String>();
        for (String capability : input.capabilities() == null ? List.<String>of() : input.capabilities()) {
            if (capability == null || capability.isBlank()) {
                throw new BadRequestException("input.capabilities", "must not contain a blank name");
            }
            if (capability.strip().length() > MAX_NAME) {
                throw new BadRequestException("input.capabilities", "a name must be at most " + MAX_NAME + " characters, got " + capability.strip().length());
            }
            capabilities.add(capability.strip());
        }
        var parameters = new HashMap<String, Object>();
        // A random id: two publications of the same title are two challenges.
        parameters.put("id", "ch-" + UUID.randomUUID().toString().substring(0, 8));
        parameters.put("title", input.title().strip());
        parameters.put("issuer", issuer);
        parameters.put("segmentId", input.segmentId());
        parameters.put("capabilities", List.copyOf(capabilities));
        parameters.put("budget", input.budget());
        parameters.put("deadline", input.deadline());
        return graph.inWriteTransaction(Graph.Writes.ACTIVITY, tx -> {
            var exists = tx.run("challenges/publish-check", parameters,
                    row -> new boolean[] {row.get("issuerExists").asBoolean(), row.get("segmentExists").asBoolean()}).get(0);
            if (!exists[0]) {
                throw new NotFoundException("input.issuerUscc", "enterprise '" + issuer + "'");
            }
            if (!exists[1]) {
                throw new NotFoundException("input.segmentId", "segment '" + input.segmentId() + "'");
            }
            return single(tx.run("challenges/publish", parameters, row -> Challenge.from(row.get("challenge"))), parameters.get("id").toString());
        });
    }

    public Challenge bid(String challengeId, String uscc) {
        String bidder = UsccArgument.require("uscc", uscc);
        LocalDate today = YearArgument.today();
        return graph.inWriteTransaction(Graph.Writes.ACTIVITY, tx -> {
            ChallengeState state = lock(tx, challengeId);
            requireOpen(challengeId, state, "accept bids");
            if (state.deadline() != null && state.deadline().isBefore(today)) {
                throw new BadRequestException("challengeId", "challenge '" + challengeId + "' closed for bids on its deadline "
                        + state.deadline() + "; today is " + today);
            }
            if (bidder.equals(state.issuer())) {
                throw new BadRequestException("uscc", "'" + bidder + "' issued challenge '" + challengeId + "' and cannot bid on it");
            }
            if (state.bidders().contains(bidder)) {
                throw new BadRequestException("uscc", "'" + bidder + "' has already bid on challenge '" + challengeId + "'");
            }
            var rows = tx.run("challenges/bid", Map.of("id", challengeId, "uscc", bidder, "today", today),
                    row -> Challenge.from(row.get("challenge")));
            if (rows.isEmpty()) {
                // The state was checked under the lock, so only the bidder can be missing.
                throw new NotFoundException("uscc", "enterprise '" + bidder + "'");
            }
            return rows.get(0);
        });
    }

    public Challenge award(String challengeId, List<String> winners) {
        if (winners == null || winners.isEmpty()) {
            throw new BadRequestException("winners", "name at least one bidder");
        }
        var chosen = new LinkedHashSet<String>();
        for (String winner : winners) {
            chosen.add(UsccArgument.require("winners", winner));
        }
        return graph.inWriteTransaction(Graph.Writes.ACTIVITY, tx -> {
            ChallengeState state = lock(tx, challengeId);
            requireOpen(challengeId, state, "be awarded");
            for (String winner : chosen) {
                if (!state.bidders().contains(winner)) {
                    throw new BadRequestException("winners", "'" + winner + "' did not bid on challenge '" + challengeId + "'");
                }
            }
            return single(tx.run("challenges/award", Map.of("id", challengeId, "winners", List.copyOf(chosen)),
                    row -> Challenge.from(row.get("challenge"))), challengeId);
        });
    }

    public Challenge close(String challengeId) {
        return graph.inWriteTransaction(Graph.Writes.ACTIVITY, tx -> {
            ChallengeState state = lock(tx, challengeId);
            requireOpen(challengeId, state, "be closed");
            return single(tx.run("challenges/close", Map.of("id", challengeId), row -> Challenge.from(row.get("challenge"))), challengeId);
        });
    }

    private static ChallengeState lock(Graph.Tx tx, String challengeId) {
        if (challengeId == null || challengeId.isBlank()) {
            throw new BadRequestException("challengeId", "must not be blank");
        }
        return tx.run("challenges/lock", Map.of("id", challengeId), ChallengeState::of).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("challengeId", "challenge '" + challengeId + "'"));
    }

    private static void requireOpen(String challengeId, ChallengeState state, String what) {
        if (state.status() != ChallengeStatus.OPEN) {
            throw new BadRequestException("challengeId", "challenge '" + challengeId + "' is " + state.status()
                    + "; only OPEN challenges can " + what);
        }
    }

    private static Challenge single(List<Challenge> rows, String challengeId) {
        if (rows.size() != 1) {
            // Cannot happen after the checks under the lock; fail (and roll back) rather than report success.
            throw new IllegalStateException("challenge " + challengeId + ": write matched " + rows.size() + " rows");
        }
        return rows.get(0);
    }
}
