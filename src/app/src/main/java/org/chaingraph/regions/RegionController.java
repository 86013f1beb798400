package org.chaingraph.regions;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.chaingraph.enterprises.Enterprise;
import org.chaingraph.graphql.Connection;
import org.chaingraph.graphql.Edge;
import org.chaingraph.graphql.Page;
import org.chaingraph.graphql.PageKey;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
final class RegionController {

    private final RegionRepository regions;

    RegionController(RegionRepository regions, BatchLoaderRegistry loaders) {
        this.regions = regions;
        // Connection fields take arguments, which @BatchMapping cannot: a named loader keyed by parent and page.
        loaders.<PageKey, Connection<Edge<Enterprise>>>forName("regionEnterprises")
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> regions.enterprises(keys)));
    }

    @QueryMapping
    Region region(@Argument String code) {
        return regions.byCode(code).orElse(null);
    }

    @BatchMapping
    Map<Region, Region> parent(List<Region> batch) {
        return regions.parents(batch);
    }

    @BatchMapping
    List<List<Region>> children(List<Region> batch) {
        return regions.children(batch);
    }

    @SchemaMapping
    CompletableFuture<Connection<Edge<Enterprise>>> enterprises(Region region, @Argument Integer first, @Argument String after,
                                                                DataLoader<PageKey, Connection<Edge<Enterprise>>> regionEnterprises) {
        return regionEnterprises.load(new PageKey(region.code(), Page.of(first, after)));
    }
}
