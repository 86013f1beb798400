package org.chaingraph.chains;

import java.util.List;

import org.chaingraph.clusters.Cluster;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
final class ChainController {

    private final ChainRepository chains;

    ChainController(ChainRepository chains) {
        this.chains = chains;
    }

    @QueryMapping
    Chain chain(@Argument String id) {
        return chains.byId(id).orElse(null);
    }

    @QueryMapping("chains")
    List<Chain> allChains() {
        return chains.all();
    }

    @BatchMapping
    List<List<Segment>> segments(List<Chain> batch) {
        return chains.segments(batch);
    }

    @BatchMapping
    List<List<Leadership>> leaders(List<Chain> batch) {
        return chains.leaders(batch);
    }

    @BatchMapping
    List<List<Cluster>> clusters(List<Chain> batch) {
        return chains.clusters(batch);
    }
}
