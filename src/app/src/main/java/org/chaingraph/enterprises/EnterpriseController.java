package org.chaingraph.enterprises;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.chaingraph.chains.Leadership;
import org.chaingraph.clusters.Cluster;
import org.chaingraph.clusters.Membership;
import org.chaingraph.graphql.Connection;
import org.chaingraph.graphql.Edge;
import org.chaingraph.graphql.Page;
import org.chaingraph.regions.Region;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
final class EnterpriseController {

    private final EnterpriseRepository enterprises;
    private final EnterpriseLookup lookup;
    private final EnterprisePages pages;

    EnterpriseController(EnterpriseRepository enterprises, EnterpriseLookup lookup, EnterprisePages pages) {
        this.enterprises = enterprises;
        this.lookup = lookup;
        this.pages = pages;
    }

    @QueryMapping
    Enterprise enterprise(@Argument String uscc, DataFetchingEnvironment environment) {
        return lookup.enterprise(UsccArgument.require("uscc", uscc), environment);
    }

    @QueryMapping("enterprises")
    Connection<Edge<Enterprise>> enterprisePage(@Argument EnterpriseFilter filter, @Argument Integer first, @Argument String after,
                                                DataFetchingEnvironment environment) {
        return pages.page(EnterpriseFilter.orNone(filter), Page.of(first, after), environment);
    }

    @QueryMapping
    List<Enterprise> search(@Argument String text, @Argument Integer first) {
        return enterprises.search(SearchText.of(text), Page.size(first));
    }

    @BatchMapping
    Map<Enterprise, Region> region(List<Enterprise> batch) {
        return enterprises.regions(batch);
    }

    @BatchMapping
    List<List<Cluster>> clusters(List<Enterprise> batch) {
        return enterprises.clusters(batch);
    }

    @BatchMapping
    List<List<Membership>> memberships(List<Enterprise> batch) {
        return enterprises.memberships(batch);
    }

    @BatchMapping
    List<List<Operation>> segments(List<Enterprise> batch) {
        return enterprises.operations(batch);
    }

    @BatchMapping
    List<List<DesignationAward>> designations(List<Enterprise> batch) {
        return enterprises.designations(batch);
    }

    @BatchMapping
    List<List<String>> capabilities(List<Enterprise> batch) {
        return enterprises.capabilities(batch);
    }

    @BatchMapping
    List<List<Supply>> suppliers(List<Enterprise> batch) {
        return enterprises.suppliers(batch);
    }

    @BatchMapping
    List<List<Supply>> customers(List<Enterprise> batch) {
        return enterprises.customers(batch);
    }

    @BatchMapping
    List<List<Leadership>> leads(List<Enterprise> batch) {
        return enterprises.leads(batch);
    }
}
