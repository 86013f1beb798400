package org.chaingraph.gaps;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
final class ChainMapController {

    private final GapReports reports;

    ChainMapController(GapReports reports) {
        this.reports = reports;
    }

    @QueryMapping
    ChainMap chainMap(@Argument String chainId, @Argument String regionCode, @Argument Integer year) {
        return reports.map(chainId, regionCode, year);
    }
}
