package org.chaingraph.enterprises;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.chaingraph.chains.Leadership;
import org.chaingraph.clusters.Cluster;
import org.chaingraph.clusters.Membership;
import org.chaingraph.graphql.Keyed;
import org.chaingraph.graphql.Page;
import org.chaingraph.neo4j.Graph;
import org.chaingraph.regions.Region;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

/**
 * Enterprises and their relations. Relation methods take a batch of enterprises and answer one
 * value per enterprise, in order, with one statement: the GraphQL layer never queries per item.
 */
@Repository
public final class EnterpriseRepository {

    /** A count reads no rows: the page it passes is empty. */
    private static final Page NO_ROWS = new Page(0, null);

    private final Graph graph;
    private final int walkWindow;

    /**
     * @param walkWindow how many firms a page of a dense filter may read in USCC order before it
     *                   starts from the filter's smallest side instead (enterprises/page): a page of
     *                   20 over a filter matching one firm in ten reads about 200
     */
    public EnterpriseRepository(Graph graph, @Value("${chaingraph.pages.walk-window:2000}") int walkWindow) {
        this.graph = graph;
        this.walkWindow = walkWindow;
    }

    public Optional<Enterprise> byUscc(String uscc) {
        return graph.readOne("enterprises/by-uscc", Map.of("uscc", uscc), r -> Enterprise.from(r.get("enterprise")));
    }

    /** The enterprises of {@code usccs} that exist, by USCC, in one statement (enterprises/by-usccs). */
    public Map<String, Enterprise> byUsccs(Collection<String> usccs) {
        if (usccs.isEmpty()) {
            return Map.of();
        }
        return graph.read("enterprises/by-usccs", Map.of("usccs", List.copyOf(usccs)), r -> Enterprise.from(r.get("enterprise"))).stream()
                .collect(Collectors.toMap(Enterprise::uscc, e -> e, (a, b) -> a));
    }

    /** The enterprise and the selected relations, in one statement (enterprises/by-uscc-with-relations). */
    Optional<EnterpriseWithRelations> byUscc(String uscc, EnterpriseWithRelations.Selected selected) {
        return graph.readOne("enterprises/by-uscc-with-relations", Map.of("uscc", uscc, "region", selected.region(),
                "memberships", selected.memberships(), "operations", selected.operations(), "designations", selected.designations()),
                r -> new EnterpriseWithRelations(Enterprise.from(r.get("enterprise")),
                        r.get("region").isNull() || r.get("region").isEmpty() ? null : Region.from(r.get("region").get(0)),
                        r.get("memberships").isNull() ? null : r.get("memberships").asList(m -> Membership.of(m.get("cluster"), m.get("memberOf"))),
                        r.get("operations").isNull() ? null : r.get("operations").asList(o -> Operation.of(o.get("segment"), o.get("mainProduct"))),
                        r.get("designations").isNull() ? null
                                : r.get("designations").asList(d -> DesignationAward.of(d.get("holds"), d.get("designation"), d.get("region")))));
    }

    /** One page of the enterprises matching {@code filter}, each with its region when {@code withRegion} (enterprises/page). */
    public EnterprisePage page(EnterpriseFilter filter, Page page, boolean withRegion) {
        EnterprisePage found = readPage(pageParameters(filter, page, false, withRegion, null));
        if (!found.complete()) {
            // The walk over the USCC index did not fill the page or see an earlier match: ask the smallest side.
            found = readPage(pageParameters(filter, page, false, withRegion, "side"));
        }
        return found;
    }

    /** How many enterprises match {@code filter}, over all pages (enterprises/page with $count). */
    public long count(EnterpriseFilter filter) {
        return graph.readOne("enterprises/page", pageParameters(filter, NO_ROWS, true, false, null),
                r -> r.get("totalCount").asLong()).orElseThrow();
    }

    private EnterprisePage readPage(Map<String, Object> parameters) {
        return graph.readOne("enterprises/page", parameters, r -> new EnterprisePage(
                r.get("enterprises").asList(row -> new EnterprisePage.Row(Enterprise.from(row.get("enterprise")),
                        row.get("region").isNull() ? null : Region.from(row.get("region")))),
                r.get("before").asLong(), r.get("complete").asBoolean(),
                new Graph.DataVersion(r.get("version").asLong(), r.get("datasetVersion").asLong()))).orElseThrow();
    }

    /**
     * The criteria, strategy and cursor go in one map, {@code $filter}: Neo4j caches a plan per
     * parameter type and string length bucket, and a map has one type whatever it holds, so every
     * filter shares one plan (enterprises/page).
     */
    private Map<String, Object> pageParameters(EnterpriseFilter filter, Page page, boolean count, boolean withRegion, String strategy) {
        var parameters = page.parameters();
        var criteria = filter.parameters();
        parameters.put("year", criteria.remove("year"));
        criteria.put("after", parameters.remove("after"));
        criteria.put("strategy", strategy);
        parameters.put("filter", criteria);
        parameters.put("count", count);
        parameters.put("withRegion", withRegion);
        parameters.put("window", walkWindow);
        return parameters;
    }

    public List<Enterprise> search(SearchText text, int limit) {
        return text.isSingleCharacter()
                ? graph.read("enterprises/search-substring", Map.of("lower", text.text().toLowerCase(Locale.ROOT),
                        "upper", text.text().toUpperCase(Locale.ROOT), "limit", limit), r -> Enterprise.from(r.get("enterprise")))
                : graph.read("enterprises/search", Map.of("query", text.luceneQuery(), "limit", limit), r -> Enterprise.from(r.get("enterprise")));
    }

    public Map<Enterprise, Region> regions(List<Enterprise> enterprises) {
        return Keyed.values(enterprises, Enterprise::uscc, graph.read("enterprises/regions", usccs(enterprises),
                r -> new Keyed<>(r.get("key").asString(), Region.from(r.get("region")))));
    }

    public List<List<Membership>> memberships(List<Enterprise> enterprises) {
        return Keyed.lists(enterprises, Enterprise::uscc, graph.read("enterprises/memberships", usccs(enterprises),
                r -> new Keyed<>(r.get("key").asString(), Membership.of(r.get("cluster"), r.get("memberOf")))));
    }

    /** The clusters of each enterprise: its memberships without role and since. */
    public List<List<Cluster>> clusters(List<Enterprise> enterprises) {
        return memberships(enterprises).stream().map(ms -> ms.stream().map(Membership::cluster).toList()).toList();
    }

    public List<List<Operation>> operations(List<Enterprise> enterprises) {
        return Keyed.lists(enterprises, Enterprise::uscc, graph.read("enterprises/operations", usccs(enterprises),
                r -> new Keyed<>(r.get("key").asString(), Operation.of(r.get("segment"), r.get("mainProduct")))));
    }

    public List<List<DesignationAward>> designations(List<Enterprise> enterprises) {
        return Keyed.lists(enterprises, Enterprise::uscc, graph.read("enterprises/designations", usccs(enterprises),
                r -> new Keyed<>(r.get("key").asString(), DesignationAward.of(r.get("holds"), r.get("designation"), r.get("region")))));
    }

    public List<List<String>> capabilities(List<Enterprise> enterprises) {
        return Keyed.lists(enterprises, Enterprise::uscc, graph.read("enterprises/capabilities", usccs(enterprises),
                r -> new Keyed<>(r.get("key").asString(), r.get("capability").asString())));
    }

    public List<List<Supply>> suppliers(List<Enterprise> enterprises) {
        return supplies("enterprises/suppliers", enterprises);
    }

    public List<List<Supply>> customers(List<Enterprise> enterprises) {
        return supplies("enterprises/customers", enterprises);
    }

    public List<List<Leadership>> leads(List<Enterprise> enterprises) {
        return Keyed.lists(enterprises, Enterprise::uscc, graph.read("enterprises/leads", usccs(enterprises),
                r -> new Keyed<>(r.get("key").asString(), Leadership.of(r.get("enterprise"), r.get("chain"), r.get("region")))));
    }

    private List<List<Supply>> supplies(String statement, List<Enterprise> enterprises) {
        return Keyed.lists(enterprises, Enterprise::uscc, graph.read(statement, usccs(enterprises),
                r -> new Keyed<>(r.get("key").asString(), Supply.of(r.get("supplier"), r.get("customer"), r.get("supplies"), r.get("segment")))));
    }

    private static Map<String, Object> usccs(List<Enterprise> enterprises) {
        return Map.of("usccs", Keyed.keys(enterprises, Enterprise::uscc));
    }
}
