package org.chaingraph.challenges;

import java.util.List;
import java.util.Map;

import org.chaingraph.chains.Segment;
import org.chaingraph.enterprises.Enterprise;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
final class ChallengeController {

    private final ChallengeRepository challenges;

    ChallengeController(ChallengeRepository challenges) {
        this.challenges = challenges;
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
}
