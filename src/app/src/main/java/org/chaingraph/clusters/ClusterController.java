package org.chaingraph.clusters;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.chaingraph.chains.Chain;
import org.chaingraph.graphql.Arguments;
import org.chaingraph.graphql.Connection;
import org.chaingraph.graphql.Page;
import org.chaingraph.enterprises.Designation;
import org.chaingraph.graphql.YearArgument;
import org.chaingraph.regions.Region;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
final class ClusterController {

    private final ClusterRepository clusters;
    private final ClusterLookup lookup;

    ClusterController(ClusterRepository clusters, ClusterLookup lookup, BatchLoaderRegistry loaders) {
        this.clusters = clusters;
        this.lookup = lookup;
        // Connection fields take arguments, which @BatchMapping cannot: a named loader keyed by parent and page.
        loaders.<MembersKey, Connection<MemberEdge>>forName(ClusterLookup.MEMBERS)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> clusters.members(keys)));
        loaders.<StatsKey, ClusterStats>forName("clusterStats")
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> clusters.stats(keys)));
    }

    @QueryMapping
    Cluster cluster(@Argument String id, DataFetchingEnvironment environment) {
        return lookup.cluster(id, environment);
    }

    @QueryMapping("clusters")
    List<Cluster> filteredClusters(@Argument String regionCode, @Argument ClusterType type) {
        return clusters.filtered(Arguments.optionalId("regionCode", regionCode), type);
    }

    @BatchMapping
    Map<Cluster, Region> region(List<Cluster> batch) {
        return clusters.regions(batch);
    }

    @BatchMapping
    List<List<Chain>> chains(List<Cluster> batch) {
        return clusters.chains(batch);
    }

    @SchemaMapping
    CompletableFuture<Connection<MemberEdge>> members(Cluster cluster, @Argument Integer first, @Argument String after,
                                                      @Argument Designation designation, @Argument MembershipRole role, @Argument Integer year,
                                                      DataLoader<MembersKey, Connection<MemberEdge>> clusterMembers) {
        return clusterMembers.load(new MembersKey(cluster.id(), Page.of(first, after), designation, role, YearArgument.orThisYear(year)));
    }

    @SchemaMapping
    CompletableFuture<ClusterStats> stats(Cluster cluster, @Argument Integer year, DataLoader<StatsKey, ClusterStats> clusterStats) {
        return clusterStats.load(new StatsKey(cluster.id(), YearArgument.orThisYear(year)));
    }

    @BatchMapping
    List<List<ClusterOverlap>> overlaps(List<Cluster> batch) {
        return clusters.overlaps(batch);
    }
}
