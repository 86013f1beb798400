package org.chaingraph.gaps;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.chaingraph.challenges.Challenge;
import org.chaingraph.cultivation.PromotionCandidate;
import org.chaingraph.graphql.Page;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
final class GapController {

    private final GapRepository gaps;

    GapController(GapRepository gaps, GapCultivation cultivation, BatchLoaderRegistry loaders) {
        this.gaps = gaps;
        // candidates and cultivate take an argument, which @BatchMapping cannot: named loaders keyed by segment, scope and size.
        loaders.<SegmentKey, List<GapCandidate>>forName("gapCandidates")
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> gaps.candidates(keys)));
        loaders.<SegmentKey, List<PromotionCandidate>>forName("gapCultivate")
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> cultivation.candidates(keys)));
    }

    /** A MISSING segment has no local operator to grow: no statement for it. */
    @SchemaMapping
    CompletableFuture<List<PromotionCandidate>> cultivate(Gap gap, @Argument Integer first,
                                                          DataLoader<SegmentKey, List<PromotionCandidate>> gapCultivate) {
        return gap.status() == GapStatus.MISSING ? CompletableFuture.completedFuture(List.of())
                : gapCultivate.load(new SegmentKey(gap.segment().id(), gap.scope(), Page.size(first)));
    }

    @SchemaMapping
    CompletableFuture<List<GapCandidate>> candidates(Gap gap, @Argument Integer first, DataLoader<SegmentKey, List<GapCandidate>> gapCandidates) {
        return gapCandidates.load(new SegmentKey(gap.segment().id(), gap.scope(), Page.size(first)));
    }

    @BatchMapping
    List<List<Challenge>> openChallenges(List<Gap> batch) {
        return gaps.openChallenges(batch);
    }
}
