package org.chaingraph.e2e.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.chaingraph.e2e.SmallDatasetTest;
import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Enterprise;
import org.chaingraph.enterprises.EnterpriseFilter;
import org.chaingraph.enterprises.EnterprisePage;
import org.chaingraph.enterprises.EnterpriseRepository;
import org.chaingraph.enterprises.Scale;
import org.chaingraph.graphql.Page;
import org.chaingraph.neo4j.Graph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * enterprises/page chooses where to read from (the USCC index, a region's (regionCode, uscc)
 * index, or a filter's smallest side) and may retry when a bounded walk comes back short. Whatever
 * it chooses, walking every page must give exactly the firms a plain check of every firm finds, in
 * USCC order, with the same total and hasPreviousPage on every page but the first. Small walk
 * windows force the walks and their retries on the small dataset.
 */
class EnterprisePageStrategiesTest extends SmallDatasetTest {

    private static final List<EnterpriseFilter> FILTERS = List.of(
            EnterpriseFilter.NONE,
            filter("330000", null, null, null, null, null),
            filter("330000", null, Scale.SMALL, null, null, null),
            filter("330400", null, null, null, null, null),
            filter("330411", null, null, null, null, null),
            filter("330402", Designation.INNOVATIVE_SME, null, null, null, null),
            filter("330400", Designation.SPECIALIZED_SME, null, null, null, null),
            filter(null, Designation.INNOVATIVE_SME, null, null, null, null),
            filter(null, null, Scale.MICRO, null, null, null),
            filter(null, null, null, null, "CH-NEV", null),
            filter("330411", null, null, null, "CH-NEV", null),
            filter(null, null, null, "NEV-CATHODE", null, null),
            filter(null, null, null, null, null, "CL-JX-NEV"),
            filter("330411", null, null, null, null, "CL-JX-NEV"),
            filter("330402", null, null, null, "CH-IC", "CL-NH-IC"),
            filter("999999", null, null, null, null, null));

    @Autowired
    Graph graph;

    @Test
    void everyStrategyPagesThroughExactlyTheMatchingFirmsInUsccOrder() {
        var retried = new AtomicInteger();
        var parameterTypes = new java.util.concurrent.ConcurrentSkipListSet<String>();
        graph.observe((statement, parameters) -> {
            if (statement.equals("enterprises/page")) {
                if ("side".equals(((Map<?, ?>) parameters.get("filter")).get("strategy"))) {
                    retried.incrementAndGet();
                }
                // Neo4j plans a statement once per set of parameter types and string/list size buckets (seconds
                // each): whatever the filter, the parameters must keep one type, and none may be a string.
                parameters.forEach((name, value) -> parameterTypes.add(name + ":" + (value == null ? "null" : value.getClass().getSimpleName())));
            }
        });
        try {
            pageThroughEveryFilter();
        } finally {
            graph.observe((statement, parameters) -> { });
        }
        // The small window made walks come back short, and their second try gave the same pages.
        assertThat(retried.get()).as("walks retried from the smallest side").isPositive();
        assertThat(parameterTypes).as("types of the parameters of enterprises/page over every filter and page")
                .containsExactlyInAnyOrder("count:Boolean", "filter:HashMap", "limit:Integer", "window:Integer", "withRegion:Boolean", "year:Integer");
    }

    private void pageThroughEveryFilter() {
        for (int window : new int[] {2000, 12}) {
            var enterprises = new EnterpriseRepository(graph, window);
            for (EnterpriseFilter filter : FILTERS) {
                List<String> expected = graph.read("testing/enterprises-matching", filter.parameters(), r -> r.get("uscc").asString());
                assertThat(enterprises.count(filter)).as("total of %s", filter).isEqualTo(expected.size());
                for (int first : new int[] {1, 7}) {
                    var seen = new ArrayList<String>();
                    String after = null;
                    int pages = 0;
                    while (true) {
                        EnterprisePage page = enterprises.page(filter, new Page(first, after), pages % 2 == 0);
                        List<String> usccs = page.enterprises().stream().map(Enterprise::uscc).toList();
                        assertThat(page.before() > 0).as("hasPreviousPage of page %d of %s (window %d, first %d)", pages, filter, window, first)
                                .isEqualTo(pages > 0);
                        if (pages % 2 == 0) {
                            assertThat(page.rows()).allSatisfy(row -> assertThat(row.region()).isNotNull());
                        }
                        seen.addAll(usccs.subList(0, Math.min(first, usccs.size())));
                        pages++;
                        if (usccs.size() <= first) {
                            break;
                        }
                        after = usccs.get(first - 1);
                    }
                    assertThat(seen).as("%s, window %d, pages of %d", filter, window, first).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void firmsWithoutARegionCodeGetTheirRegionsCodeAtStartUp() {
        assertThat(graph.read("testing/region-code-mismatches", Map.of(), r -> r.get("mismatches").asLong())).containsExactly(0L);
        assertThat(graph.write("testing/remove-region-codes", Map.of("n", 7), r -> r.get("removed").asLong())).containsExactly(7L);
        assertThat(graph.read("testing/region-code-mismatches", Map.of(), r -> r.get("mismatches").asLong())).containsExactly(7L);

        var told = new ArrayList<String>();
        graph.fillRegionCodes(told::add);

        assertThat(told).singleElement().asString().contains("giving 7 firms");
        assertThat(graph.read("testing/region-code-mismatches", Map.of(), r -> r.get("mismatches").asLong())).containsExactly(0L);
        graph.fillRegionCodes(told::add);
        assertThat(told).as("nothing left to fill").hasSize(1);
    }

    private static EnterpriseFilter filter(String region, Designation designation, Scale scale, String segment, String chain, String cluster) {
        return new EnterpriseFilter(region, designation, designation == null ? null : 2025, scale, segment, chain, cluster);
    }
}
