package org.chaingraph.cultivation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
final class CultivationController {

    private final Cultivation cultivation;

    CultivationController(Cultivation cultivation) {
        this.cultivation = cultivation;
    }

    @QueryMapping
    CultivationReport cultivation(@Argument String regionCode, @Argument Integer year, @Argument LocalDate asOf) {
        return cultivation.report(regionCode, year, asOf);
    }

    @QueryMapping
    List<IncentiveMatch> incentives(@Argument String uscc, @Argument Integer year) {
        return cultivation.incentives(uscc, year);
    }

    @QueryMapping
    IncentiveSummary incentiveSummary(@Argument String regionCode, @Argument Integer year) {
        return cultivation.summary(regionCode, year);
    }
}
