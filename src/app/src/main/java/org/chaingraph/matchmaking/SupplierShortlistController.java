package org.chaingraph.matchmaking;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
final class SupplierShortlistController {

    private final Shortlists shortlists;

    SupplierShortlistController(Shortlists shortlists) {
        this.shortlists = shortlists;
    }

    @QueryMapping
    List<SupplierMatch> supplierShortlist(@Argument ShortlistSubject subject, @Argument String regionCode, @Argument Integer limit,
                                          @Argument Boolean includeExisting, @Argument Integer year) {
        return shortlists.shortlist(subject, regionCode, limit, includeExisting, year);
    }
}
