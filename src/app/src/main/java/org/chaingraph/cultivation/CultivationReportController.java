package org.chaingraph.cultivation;

import java.util.List;

import org.chaingraph.enterprises.Designation;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
final class CultivationReportController {

    private final Cultivation cultivation;

    CultivationReportController(Cultivation cultivation) {
        this.cultivation = cultivation;
    }

    @SchemaMapping(typeName = "CultivationReport")
    List<PromotionCandidate> candidates(CultivationReport report, @Argument List<Designation> to, @Argument Boolean qualifies,
                                        @Argument Boolean renewal, @Argument Integer first) {
        return cultivation.candidates(report, to, qualifies, renewal, first);
    }

    @SchemaMapping(typeName = "CultivationReport")
    EntrantConnection entrants(CultivationReport report, @Argument Designation to, @Argument Integer first, @Argument String after) {
        return cultivation.entrants(report, to, first, after);
    }
}
