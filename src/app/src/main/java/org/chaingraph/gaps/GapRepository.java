package org.chaingraph.gaps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chaingraph.challenges.Challenge;
import org.chaingraph.cultivation.Firm;
import org.chaingraph.graphql.Keyed;
import org.chaingraph.neo4j.Graph;
import org.chaingraph.neo4j.ResultCache;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

/**
 * The statements of {@code cypher/gaps/}. A report costs two: the chain's structure, then n and q of
 * every segment; per-gap fields cost one statement for all the gaps of a response.
 */
@Repository
public final class GapRepository {

    private final Graph graph;

    private final ResultCache cache;

    public GapRepository(Graph graph, ResultCache cache) {
        this.graph = graph;
        this.cache = cache;
    }

    /** The chain's segments and flows, with the region when {@code regionCode} is known; empty for an unknown chain. */
    public Optional<ChainStructure> structure(String chainId, String regionCode) {
        var parameters = new HashMap<String, Object>();
        parameters.put("chainId", chainId);
        parameters.put("regionCode", regionCode);
        return graph.readOne("gaps/chain-structure", parameters, ChainStructure::of);
    }

    /** n and q by segment id; a segment without local operators has no entry. */
    public Map<String, SegmentCount> counts(String chainId, String regionCode, int year) {
        return graph.read("gaps/segment-coverage", Map.of("chainId", chainId, "regionCode", regionCode, "year", year), SegmentCount::of)
                .stream().collect(Collectors.toMap(SegmentCount::segmentId, Function.identity()));
    }

    public Map<SegmentKey, List<GapCandidate>> candidates(Set<SegmentKey> keys) {
        return bySegment(keys, "gaps/candidates", CandidateScore.parameters(), GapCandidate::of);
    }

    public Map<SegmentKey, List<LocalSupplier>> localSuppliers(Set<SegmentKey> keys) {
        return bySegment(keys, "gaps/local-suppliers", Map.of(), LocalSupplier::of);
    }

    /** Every local operator of each segment, with its awards (for the 培育 list; figures and designations are imported data). */
    public Map<SegmentKey, List<Firm>> localOperators(Set<SegmentKey> keys) {
        return bySegment(keys, "gaps/local-operators", Map.of(), Firm::of);
    }

    public List<List<Challenge>> openChallenges(List<Gap> gaps) {
        Function<Gap, String> segmentId = gap -> gap.segment().id();
        var segmentIds = Keyed.keys(gaps, segmentId);
        return Keyed.lists(gaps, segmentId, cache.get("gaps/open-challenges", () -> graph.read("gaps/open-challenges",
                Map.of("segmentIds", segmentIds), r -> new Keyed<>(r.get("key").asString(), Challenge.from(r.get("challenge")))), segmentIds));
    }

    /** One statement per batch among the keys (usually one); every key gets a list, empty when it has no rows. */
    private <T> Map<SegmentKey, List<T>> bySegment(Set<SegmentKey> keys, String statement, Map<String, Object> extra,
                                                  Function<Record, T> mapper) {
        var result = new HashMap<SegmentKey, List<T>>();
        keys.stream().collect(Collectors.groupingBy(SegmentKey::batch)).forEach((batch, members) -> {
            var parameters = new HashMap<String, Object>(extra);
            parameters.put("segmentIds", members.stream().map(SegmentKey::segmentId).distinct().sorted().toList());
            parameters.put("regionCode", batch.scope().regionCode());
            parameters.put("year", batch.scope().year());
            parameters.put("first", batch.first());
            // The loaders of a cached report ask the same batches again: cached too, by statement and
            // parameters. Candidates and local suppliers come from imported data alone.
            var rows = cache.getFromDataset(statement, () -> graph.read(statement, parameters, r -> new Keyed<>(r.get("key").asString(), mapper.apply(r))),
                    parameters);
            var lists = Keyed.lists(members, SegmentKey::segmentId, rows);
            for (int i = 0; i < members.size(); i++) {
                result.put(members.get(i), lists.get(i));
            }
        });
        return result;
    }
}
