package org.chaingraph.challenges;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;

import org.chaingraph.chains.Segment;
import org.chaingraph.enterprises.Enterprise;
import org.chaingraph.matchmaking.SupplierMatch;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
final class ChallengeController {

    private final ChallengeRepository challenges;
    private final ChallengeLifecycle lifecycle;
    private final ChallengeSolvers solvers;

    ChallengeController(ChallengeRepository challenges, ChallengeLifecycle lifecycle, ChallengeSolvers solvers) {
        this.challenges = challenges;
        this.lifecycle = lifecycle;
        this.solvers = solvers;
    }

    @QueryMapping
    Challenge challenge(@Argument String id) {
        return challenges.byId(id).orElse(null);
    }

    @BatchMapping
    Map<Challenge, Enterprise> issuer(List<Challenge> batch) {
        return challenges.issuers(batch);
    }

    @BatchMapping
    Map<Challenge, Segment> segment(List<Challenge> batch) {
        return challenges.segments(batch);
    }

    @BatchMapping
    List<List<String>> capabilities(List<Challenge> batch) {
        return challenges.capabilities(batch);
    }

    @BatchMapping
    List<List<Bid>> bids(List<Challenge> batch) {
        return challenges.bids(batch);
    }

    @SchemaMapping
    CompletableFuture<List<SupplierMatch>> suggestedSolvers(Challenge challenge, @Argument Integer first, DataFetchingEnvironment env) {
        return solvers.suggestedSolvers(challenge, first, env);
    }

    @MutationMapping
    Challenge publishChallenge(@Argument PublishChallengeInput input) {
        return lifecycle.publish(input);
    }

    @MutationMapping
    Challenge bidOnChallenge(@Argument String challengeId, @Argument String uscc) {
        return lifecycle.bid(challengeId, uscc);
    }

    @MutationMapping
    Challenge awardChallenge(@Argument String challengeId, @Argument List<String> winners) {
        return lifecycle.award(challengeId, winners);
    }

    @MutationMapping
    Challenge closeChallenge(@Argument String challengeId) {
        return lifecycle.close(challengeId);
    }
}
