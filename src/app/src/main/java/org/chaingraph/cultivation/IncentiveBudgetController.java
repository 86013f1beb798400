package org.chaingraph.cultivation;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Level;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** IncentiveBudget shows its incentive's fields flat, as a finance office reads a budget line. */
@Controller
@SchemaMapping(typeName = "IncentiveBudget")
final class IncentiveBudgetController {

    @SchemaMapping
    String id(IncentiveBudget budget) {
        return budget.incentive().id();
    }

    @SchemaMapping
    String name(IncentiveBudget budget) {
        return budget.incentive().name();
    }

    @SchemaMapping
    Designation designation(IncentiveBudget budget) {
        return budget.incentive().designation();
    }

    @SchemaMapping
    Level level(IncentiveBudget budget) {
        return budget.incentive().level();
    }

    @SchemaMapping
    String trigger(IncentiveBudget budget) {
        return budget.incentive().trigger().name();
    }

    @SchemaMapping
    double amount(IncentiveBudget budget) {
        return budget.incentive().amount();
    }

    @SchemaMapping
    String exclusiveGroup(IncentiveBudget budget) {
        return budget.incentive().exclusiveGroup();
    }

    @SchemaMapping
    String regionCode(IncentiveBudget budget) {
        return budget.incentive().regionCode();
    }

    @SchemaMapping
    String source(IncentiveBudget budget) {
        return budget.incentive().source();
    }
}
