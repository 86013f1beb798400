package org.chaingraph.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Enterprise;
import org.chaingraph.enterprises.Scale;
import org.junit.jupiter.api.Test;

class SupplierScorerTest {

    static final Enterprise LEADER = enterprise("L");
    static final Demand DEMAND = new Demand("L", SubjectKind.LEADER, LEADER, "310115", "浦东新区",
            List.of(new Demand.DemandSegment("S1", "光刻胶")), List.of("a", "b", "c", "d"), List.of("CL"), List.of());
    static final SupplierScorer SCORER = new SupplierScorer(MatchWeights.DEFAULTS);

    @Test
    void componentsAreExplainedAndTheScoreIsTheirWeightedSum() {
        var match = explained(DEMAND, candidate("X", List.of("光刻胶"), List.of("a", "b", "c"), List.of(Designation.LITTLE_GIANT),
                List.of("浦东集成电路集群"), true, 1, false));

        assertThat(match.components()).extracting(ScoreComponent::factor).containsExactlyElementsOf(SupplierScorer.FACTORS);
        assertThat(match.components()).extracting(ScoreComponent::explanation).containsExactly(
                "生产上游环节：光刻胶", "具备 3/4 项所需能力：a、b、c", "专精特新“小巨人”企业（梯度第 4/5 级）", "同属浦东集成电路集群", "揭榜挂帅中标 1 项");
        assertThat(match.components()).extracting(ScoreComponent::value).containsExactly(1.0, 0.75, 0.8, 1.0, 0.3333);
        // 0.35 + 0.25 × 0.75 + 0.2 × 0.8 + 0.1 + 0.1 × 0.3333 = 0.83083
        assertThat(match.score()).isEqualTo(0.8308);
    }

    @Test
    void qualityComparesLaddersByRelativeHeightAndTakesTheBest() {
        assertThat(SupplierScorer.height(Designation.SINGLE_CHAMPION)).isEqualTo(1.0);
        assertThat(SupplierScorer.height(Designation.HIDDEN_CHAMPION)).isEqualTo(1.0);
        assertThat(SupplierScorer.height(Designation.GAZELLE)).isEqualTo(0.5);
        assertThat(SupplierScorer.height(Designation.ABOVE_SCALE)).isEqualTo(0.5);
        assertThat(SupplierScorer.height(Designation.INNOVATIVE_SME)).isEqualTo(0.2);
        var match = explained(DEMAND, candidate("X", List.of(), List.of(), List.of(Designation.INNOVATIVE_SME, Designation.UNICORN),
                List.of(), false, 0, false));
        assertThat(match.value(SupplierScorer.QUALITY)).isEqualTo(1.0);
    }

    @Test
    void proximityIsClusterThenRegionThenNothingAndZeroWithoutDemander() {
        assertThat(explained(DEMAND, candidate("X", List.of(), List.of(), List.of(), List.of("C"), true, 0, false)).value(SupplierScorer.PROXIMITY)).isEqualTo(1.0);
        assertThat(explained(DEMAND, candidate("X", List.of(), List.of(), List.of(), List.of(), true, 0, false)).value(SupplierScorer.PROXIMITY)).isEqualTo(0.5);
        assertThat(explained(DEMAND, candidate("X", List.of(), List.of(), List.of(), List.of(), false, 0, false)).value(SupplierScorer.PROXIMITY)).isZero();
        var segment = new Demand("S1", SubjectKind.SEGMENT, null, null, null, DEMAND.segments(), DEMAND.capabilities(), List.of(), List.of());
        assertThat(explained(segment, candidate("X", List.of(), List.of(), List.of(), List.of(), false, 0, false)).value(SupplierScorer.PROXIMITY)).isZero();
    }

    @Test
    void trackRecordSaturatesAtThreeWins() {
        double[] values = new double[6];
        for (int wins = 0; wins < 6; wins++) {
            values[wins] = explained(DEMAND, candidate("X", List.of(), List.of(), List.of(), List.of(), false, wins, false)).value(SupplierScorer.TRACK_RECORD);
        }
        assertThat(values).containsExactly(0.0, 0.3333, 0.6667, 1.0, 1.0, 1.0);
    }

    @Test
    void noRequiredCapabilitiesMeansNoCapabilityFit() {
        var demand = new Demand("S", SubjectKind.SEGMENT, null, null, null, DEMAND.segments(), List.of(), List.of(), List.of());
        var match = explained(demand, candidate("X", List.of("光刻胶"), List.of(), List.of(), List.of(), false, 0, false));
        assertThat(match.components().get(1)).isEqualTo(new ScoreComponent(SupplierScorer.CAPABILITY_FIT, 0, 0.25, "需求环节未列出所需能力"));
    }

    /** Random candidates, each improved on one factor at a time: the score never drops, and stays Σ value × weight. */
    @Test
    void aBetterFitOnOneFactorAllElseEqualNeverScoresLower() {
        var random = new Random(42);
        var designations = Designation.values();
        for (int i = 0; i < 2000; i++) {
            List<String> segments = random.nextBoolean() ? List.of("光刻胶") : List.of();
            List<String> capabilities = DEMAND.capabilities().subList(0, random.nextInt(4));
            List<Designation> held = random.nextBoolean() ? List.of(designations[random.nextInt(designations.length)]) : List.of();
            boolean cluster = random.nextInt(3) == 0;
            boolean region = random.nextBoolean();
            int wins = random.nextInt(4);
            var base = candidate("X", segments, capabilities, held, cluster ? List.of("C") : List.of(), region, wins, false);
            double score = SCORER.score(DEMAND, base);

            var better = new ArrayList<Candidate>();
            better.add(candidate("X", List.of("光刻胶"), capabilities, held, base.sharedClusters(), region, wins, false));
            better.add(candidate("X", segments, DEMAND.capabilities().subList(0, Math.min(4, capabilities.size() + 1)), held, base.sharedClusters(), region, wins, false));
            better.add(candidate("X", segments, capabilities, List.of(Designation.SINGLE_CHAMPION), base.sharedClusters(), region, wins, false));
            better.add(candidate("X", segments, capabilities, held, base.sharedClusters(), true, wins, false));
            better.add(candidate("X", segments, capabilities, held, List.of("C"), region, wins, false));
            better.add(candidate("X", segments, capabilities, held, base.sharedClusters(), region, wins + 1, false));
            for (Candidate c : better) {
                assertThat(SCORER.score(DEMAND, c)).isGreaterThanOrEqualTo(score);
            }
            var match = explained(DEMAND, base);
            double sum = match.components().stream().mapToDouble(c -> c.value() * c.weight()).sum();
            assertThat(match.score()).isBetween(0.0, 1.0).isCloseTo(sum, within(0.00005));
            // Ranking uses the score alone; it must be the explained one to the last bit.
            assertThat(SCORER.score(DEMAND, base)).isEqualTo(match.score());
        }
    }

    @Test
    void shortlistLeavesOutExistingSuppliersUnlessAskedAndOrdersByScoreThenUscc() {
        var candidates = List.of(
                candidate("B", List.of("光刻胶"), List.of(), List.of(), List.of(), false, 0, false),
                candidate("A", List.of("光刻胶"), List.of(), List.of(), List.of(), false, 0, false),
                candidate("C", List.of("光刻胶"), List.of("a"), List.of(), List.of(), false, 0, true),
                candidate("D", List.of(), List.of(), List.of(), List.of(), false, 0, false));

        assertThat(SCORER.best(DEMAND, candidates, 10, false)).extracting(Candidate::uscc).containsExactly("A", "B", "D");
        assertThat(SCORER.best(DEMAND, candidates, 10, true)).extracting(Candidate::uscc).containsExactly("C", "A", "B", "D");
        assertThat(SCORER.best(DEMAND, candidates, 2, true)).extracting(Candidate::uscc).containsExactly("C", "A");
        var matches = SCORER.matches(DEMAND, SCORER.best(DEMAND, candidates, 10, true), java.util.Map.of("C", enterprise("C"), "B", enterprise("B")));
        // A firm deleted between ranking and reading (A, D here) is left out, the order kept.
        assertThat(matches).extracting(m -> m.enterprise().uscc()).containsExactly("C", "B");
        assertThat(matches.get(0).existingSupplier()).isTrue();
    }

    @Test
    void weightsMustBeNonNegativeAndSumToOne() {
        assertThatThrownBy(() -> new MatchWeights(0.5, 0.5, 0.1, 0, 0)).hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> new MatchWeights(1.1, -0.1, 0, 0, 0)).hasMessageContaining("non-negative");
        assertThatThrownBy(() -> new MatchWeights(Double.NaN, 0, 0, 0, 1)).hasMessageContaining("non-negative");
        assertThat(new MatchWeights(0.2, 0.2, 0.2, 0.2, 0.2).quality()).isEqualTo(0.2);
    }

    static Candidate candidate(String uscc, List<String> segments, List<String> capabilities, List<Designation> designations,
                               List<String> clusters, boolean sameRegion, int wins, boolean existing) {
        return new Candidate("L", uscc, segments, capabilities, designations, clusters, sameRegion, wins, existing);
    }

    static SupplierMatch explained(Demand demand, Candidate candidate) {
        return SCORER.match(demand, candidate, enterprise(candidate.uscc()));
    }

    static Enterprise enterprise(String uscc) {
        return new Enterprise(uscc, "企业" + uscc, Scale.SMALL, null, null, null, null, null, null, false);
    }
}
