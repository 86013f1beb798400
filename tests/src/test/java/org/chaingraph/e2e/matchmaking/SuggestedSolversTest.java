package org.chaingraph.e2e.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.ALPHA;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.BRAVO;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.CHARLIE;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.DELTA;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.HOTEL;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.NOVEMBER;

import org.chaingraph.neo4j.Graph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;

class SuggestedSolversTest extends MatchmakingApiTest {

    @Autowired
    Graph graph;

    @Test
    void suggestedSolversAreTheChallengesShortlistAtAFixedCost() {
        long before = graph.roundTrips();
        var response = graphQl.documentName("matchmaking/suggestedSolvers").variable("id", "CHL-T1").variable("other", "CHL-T0")
                .variable("first", 3).execute();
        long roundTrips = graph.roundTrips() - before;

        response.errors().verify();
        response.path("challenge.suggestedSolvers[*].enterprise.uscc").entityList(String.class).containsExactly(NOVEMBER, CHARLIE, HOTEL);
        // CHL-T0 targets 光刻胶 for LEADER: GOLF, its supplier, is left out.
        response.path("other.suggestedSolvers[*].enterprise.uscc").entityList(String.class).containsExactly(ALPHA, BRAVO, DELTA);
        response.path("challenge.suggestedSolvers[*].existingSupplier").entityList(Boolean.class).containsExactly(false, false, false);
        // Per challenge field: its look-up and one shortlist batch of three statements (demands,
        // candidates, the listed firms), whatever `first` and the number of solvers. (Two root fields
        // are dispatched separately by graphql-java; loads dispatched together, e.g. challenges in
        // one list, share one batch.)
        assertThat(roundTrips).isEqualTo(8);
    }

    @Test
    void firstIsChecked() {
        graphQl.documentName("matchmaking/suggestedSolvers").variable("id", "CHL-T1").variable("other", "CHL-T0").variable("first", 101)
                .execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty()
                        .allMatch(e -> errorNaming(e, ErrorType.BAD_REQUEST, "first")));
    }
}
