package org.chaingraph.audit;

import org.chaingraph.graphql.Connection;
import org.chaingraph.graphql.Edge;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
final class AuditEntryController {

    private final AuditTrail audit;

    AuditEntryController(AuditTrail audit) {
        this.audit = audit;
    }

    @QueryMapping
    Connection<Edge<AuditEntry>> auditTrail(@Argument Integer first, @Argument String after) {
        return audit.page(first, after);
    }
}
