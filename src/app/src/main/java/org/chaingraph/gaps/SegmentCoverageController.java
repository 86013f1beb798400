package org.chaingraph.gaps;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.chaingraph.graphql.Page;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
final class SegmentCoverageController {

    SegmentCoverageController(GapRepository gaps, BatchLoaderRegistry loaders) {
        // localSuppliers takes an argument, which @BatchMapping cannot: a named loader keyed by segment, scope and size.
        loaders.<SegmentKey, List<LocalSupplier>>forName("localSuppliers")
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> gaps.localSuppliers(keys)));
    }

    @SchemaMapping
    CompletableFuture<List<LocalSupplier>> localSuppliers(SegmentCoverage coverage, @Argument Integer first,
                                                          DataLoader<SegmentKey, List<LocalSupplier>> localSuppliers) {
        return localSuppliers.load(new SegmentKey(coverage.segment().id(), coverage.scope(), Page.size(first)));
    }
}
