package org.chaingraph.chains;

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
final class SegmentController {

    private final SegmentRepository segments;

    SegmentController(SegmentRepository segments, BatchLoaderRegistry loaders) {
        this.segments = segments;
        // Connection fields take arguments, which @BatchMapping cannot: a named loader keyed by parent and page.
        loaders.<PageKey, Connection<Edge<Enterprise>>>forName("segmentEnterprises")
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> segments.enterprises(keys)));
    }

    @QueryMapping
    Segment segment(@Argument String id) {
        return segments.byId(id).orElse(null);
    }

    @BatchMapping
    Map<Segment, Chain> chain(List<Segment> batch) {
        return segments.chains(batch);
    }

    @BatchMapping
    Map<Segment, Segment> parent(List<Segment> batch) {
        return segments.parents(batch);
    }

    @BatchMapping
    List<List<Segment>> children(List<Segment> batch) {
        return segments.children(batch);
    }

    @BatchMapping
    List<List<Segment>> upstream(List<Segment> batch) {
        return segments.upstream(batch);
    }

    @BatchMapping
    List<List<Segment>> downstream(List<Segment> batch) {
        return segments.downstream(batch);
    }

    @BatchMapping
    List<List<String>> capabilities(List<Segment> batch) {
        return segments.capabilities(batch);
    }

    @SchemaMapping
    CompletableFuture<Connection<Edge<Enterprise>>> enterprises(Segment segment, @Argument Integer first, @Argument String after,
                                                                DataLoader<PageKey, Connection<Edge<Enterprise>>> segmentEnterprises) {
        return segmentEnterprises.load(new PageKey(segment.id(), Page.of(first, after)));
    }
}
