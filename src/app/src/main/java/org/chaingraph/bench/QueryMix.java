package org.chaingraph.bench;

import static org.chaingraph.bench.Samples.pick;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed mix of the benchmark (docs/benchmarks.md): lookups, filtered pages, search and the
 * analytics a planner or an event organiser runs. Arguments cycle over real keys of the store.
 */
final class QueryMix {

    /** The year every question is asked for: the last year the generated designations reach. */
    static final int YEAR = 2025;

    private QueryMix() {
    }

    static List<Question> questions() {
        return List.of(
                new Question("enterprise by USCC with relations", "enterprise", List.of("bench/raw-enterprise"), "enterprise",
                        (s, i) -> Map.of("uscc", pick(s.usccs(), i))),
                new Question("page: district", "enterprisePage", List.of("bench/raw-page-region"), "districtPage",
                        (s, i) -> Map.of("regionCode", pick(s.districts(), i)), QueryMix::filter),
                new Question("page: province + designation + year", "enterprisePage", List.of("bench/raw-page-designation"),
                        "provinceDesignationPage",
                        (s, i) -> Map.of("regionCode", s.province(), "designation", pick(List.of("SPECIALIZED_SME", "LITTLE_GIANT"), i),
                                "year", YEAR), QueryMix::filter),
                new Question("page: chain", "enterprisePage", List.of("bench/raw-page-chain"), "chainPage",
                        (s, i) -> Map.of("chainId", pick(s.chains(), i)), QueryMix::filter),
                new Question("page: cluster", "enterprisePage", List.of("bench/raw-page-cluster"), "clusterPage",
                        (s, i) -> Map.of("clusterId", pick(s.clusters(), i)), QueryMix::filter),
                new Question("search", "search", List.of("bench/raw-search"), "search",
                        (s, i) -> Map.of("text", pick(s.words(), i))),
                new Question("cluster members page", "clusterMembers", List.of("bench/raw-cluster-members"), "clusterMembers",
                        (s, i) -> Map.of("clusterId", pick(s.clusters(), i))),
                new Question("chainGaps (statuses)", "chainGapStatuses", List.of("gaps/chain-structure", "gaps/segment-coverage"), null,
                        (s, i) -> chainInCity(s, i)),
                new Question("chainGaps with candidates and challenges", "chainGapCandidates", List.of(), null,
                        (s, i) -> chainInCity(s, i)),
                new Question("chainMap", "chainMap", List.of("gaps/chain-structure", "gaps/segment-coverage"), null,
                        (s, i) -> chainInCity(s, i)),
                new Question("chainMap SVG", "GET /maps/{chainId}.svg", List.of(), null,
                        (s, i) -> chainInCity(s, i)),
                new Question("supplierShortlist: leader", "supplierShortlist", List.of(), null,
                        (s, i) -> Map.of("subject", Map.of("leaderUscc", pick(s.leaders(), i).get("uscc")), "year", YEAR)),
                new Question("supplierShortlist: leader + region", "supplierShortlist", List.of(), null,
                        (s, i) -> Map.of("subject", Map.of("leaderUscc", pick(s.leaders(), i).get("uscc")),
                                "regionCode", pick(s.leaders(), i).get("regionCode"), "year", YEAR)),
                new Question("supplierShortlist: challenge", "supplierShortlist", List.of(), null,
                        (s, i) -> Map.of("subject", Map.of("challengeId", pick(s.challenges(), i)), "year", YEAR)),
                new Question("eventPairings", "eventPairings", List.of(), null,
                        (s, i) -> Map.of("eventId", pick(s.events(), i), "year", YEAR)),
                new Question("cultivation (city)", "cultivation", List.of(), null,
                        (s, i) -> Map.of("regionCode", pick(s.cities(), i), "year", YEAR)),
                new Question("incentives", "incentives", List.of(), null,
                        (s, i) -> Map.of("uscc", pick(s.usccs(), i), "year", YEAR)),
                new Question("incentiveSummary (city)", "incentiveSummary", List.of(), null,
                        (s, i) -> Map.of("regionCode", pick(s.cities(), i), "year", YEAR)));
    }

    private static Map<String, Object> chainInCity(Samples s, int i) {
        // Chains and cities cycle at different lengths, so the calls spread over chain × city.
        return Map.of("chainId", pick(s.chains(), i), "regionCode", pick(s.cities(), i / Math.max(1, s.chains().size())), "year", YEAR);
    }

    /** ChainGraph's enterprise page takes its criteria as one {@code filter} object. */
    private static Map<String, Object> filter(Map<String, Object> arguments) {
        return Map.of("filter", new LinkedHashMap<>(arguments));
    }
}
