package org.chaingraph.cultivation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chaingraph.neo4j.Graph;
import org.springframework.stereotype.Repository;

/** The reads behind cultivation reports and incentives; each method is one statement. */
@Repository
public final class CultivationRepository {

    private final Graph graph;

    public CultivationRepository(Graph graph) {
        this.graph = graph;
    }

    public Optional<ReportRegion> region(String code) {
        return graph.readOne("cultivation/region", Map.of("regionCode", code), ReportRegion::of);
    }

    /** Every enterprise in the region or below, with all its awards; with {@code awardedOnly}, those holding some award. */
    public List<Firm> firms(String regionCode, boolean awardedOnly) {
        return graph.read("cultivation/firms", Map.of("regionCode", regionCode, "awardedOnly", awardedOnly), Firm::of);
    }

    /** Chain leaders and clusters of the region and below it, for its non-designation targets. */
    public TargetActuals targetActuals(String regionCode) {
        return graph.readOne("cultivation/target-actuals", Map.of("regionCode", regionCode), TargetActuals::of)
                .orElse(new TargetActuals(0, List.of()));
    }

    public List<Target> targets(String regionCode) {
        return graph.read("cultivation/targets", Map.of("regionCode", regionCode), r -> Target.of(r.get("target")));
    }

    public Optional<FirmIncentives> firm(String uscc) {
        return graph.readOne("cultivation/firm", Map.of("uscc", uscc), FirmIncentives::of);
    }

    public List<OfferedIncentive> incentivesOffered(String regionCode) {
        return graph.read("cultivation/incentives-offered", Map.of("regionCode", regionCode), OfferedIncentive::of);
    }
}
