package org.chaingraph.gaps;

import org.springframework.graphql.data.method.annotation.Argument;
import java.util.List;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
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

    @SchemaMapping
    List<Gap> gaps(GapReport report, @Argument GapReport.GapOrder orderBy) {
        return report.gaps(orderBy);
    }
}
