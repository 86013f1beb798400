package org.chaingraph.challenges;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.chaingraph.matchmaking.MatchArguments;
import org.chaingraph.matchmaking.Shortlists;
import org.chaingraph.matchmaking.SupplierMatch;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Loads {@code Challenge.suggestedSolvers} for every challenge of a response together: one
 * shortlist batch (two statements) per distinct {@code first}, not per challenge.
 */
@Component
final class ChallengeSolvers {

    private static final String LOADER = "challengeSuggestedSolvers";

    ChallengeSolvers(BatchLoaderRegistry registry, Shortlists shortlists) {
        registry.<SolverKey, List<SupplierMatch>>forName(LOADER)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys, shortlists)));
    }

    /** The challenge's solvers, loaded with those of the other challenges in the response. */
    CompletableFuture<List<SupplierMatch>> suggestedSolvers(Challenge challenge, Integer first, DataFetchingEnvironment env) {
        int size = MatchArguments.count("first", first, MatchArguments.DEFAULT_LIMIT, 0, MatchArguments.MAX_LIMIT);
        DataLoader<SolverKey, List<SupplierMatch>> loader = env.getDataLoader(LOADER);
        return loader.load(new SolverKey(challenge.id(), size));
    }

    private static Map<SolverKey, List<SupplierMatch>> load(Set<SolverKey> keys, Shortlists shortlists) {
        var result = new HashMap<SolverKey, List<SupplierMatch>>();
        keys.stream().collect(Collectors.groupingBy(SolverKey::first, Collectors.mapping(SolverKey::challengeId, Collectors.toList())))
                .forEach((first, ids) -> shortlists.forChallenges(ids.stream().distinct().sorted().toList(), first)
                        .forEach((id, matches) -> result.put(new SolverKey(id, first), matches)));
        return result;
    }
}
