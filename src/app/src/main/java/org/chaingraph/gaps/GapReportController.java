package org.chaingraph.gaps;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
final class GapReportController {

    private final GapReports reports;

    GapReportController(GapReports reports) {
        this.reports = reports;
    }

    @QueryMapping
    GapReport chainGaps(@Argument String chainId, @Argument String regionCode, @Argument Integer year) {
        return reports.report(chainId, regionCode, year);
    }
}
