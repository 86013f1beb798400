package org.chaingraph.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Scale;
import org.junit.jupiter.api.Test;

class CandidateScoreTest {

    @Test
    void weightsSumToOneOnceRoundedAsScoresAre() {
        // In binary the sum is 0.9999999999999999; scores are rounded to 4 decimals, so the best is 1.0.
        assertThat(Decimals.round(CandidateScore.SEGMENT_WEIGHT + CandidateScore.CAPABILITY_WEIGHT + CandidateScore.QUALITY_WEIGHT
                + CandidateScore.SCALE_WEIGHT)).isEqualTo(1.0);
    }

    @Test
    void heightIsTheStepOverTheTopOfItsLadder() {
        assertThat(CandidateScore.height(Designation.INNOVATIVE_SME)).isEqualTo(0.2);
        assertThat(CandidateScore.height(Designation.LITTLE_GIANT)).isEqualTo(0.8);
        assertThat(CandidateScore.height(Designation.HIDDEN_CHAMPION)).isEqualTo(1.0);
        assertThat(CandidateScore.height(Designation.GAZELLE)).isEqualTo(0.5);
        assertThat(CandidateScore.height(Designation.ABOVE_SCALE)).isEqualTo(0.5);
        assertThat(CandidateScore.height(Designation.EAGLE)).isEqualTo(1.0);
    }

    @Test
    void scaleValuesRiseEvenlyFromMicroToLarge() {
        assertThat(CandidateScore.scaleValue(Scale.MICRO)).isZero();
        assertThat(CandidateScore.scaleValue(Scale.MEDIUM)).isEqualTo(2.0 / 3);
        assertThat(CandidateScore.scaleValue(Scale.LARGE)).isEqualTo(1.0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void parametersCarryEveryDesignationAndScale() {
        var parameters = CandidateScore.parameters();

        assertThat((Map<Object, Object>) parameters.get("heights")).hasSize(Designation.values().length).containsEntry("LITTLE_GIANT", 0.8);
        assertThat((Map<Object, Object>) parameters.get("scales")).hasSize(Scale.values().length);
        assertThat((Map<Object, Object>) parameters.get("weights")).containsEntry("segment", 0.4).containsEntry("capability", 0.3);
    }

    @Test
    void bestDesignationIsTheHighestThenTheFirstInEnumOrder() {
        assertThat(CandidateScore.best(List.of(Designation.INNOVATIVE_SME, Designation.LITTLE_GIANT, Designation.GAZELLE)))
                .contains(Designation.LITTLE_GIANT);
        assertThat(CandidateScore.best(List.of(Designation.UNICORN, Designation.SINGLE_CHAMPION))).contains(Designation.SINGLE_CHAMPION);
        assertThat(CandidateScore.best(List.of())).isEmpty();
    }

    @Test
    void reasonsFollowTheScoreTermsInChinese() {
        assertThat(CandidateScore.reasons(true, List.of("光刻胶配方", "高纯材料提纯"), List.of(Designation.LITTLE_GIANT), false, Scale.MEDIUM))
                .containsExactly("已在外地从事该环节", "具备所需能力：光刻胶配方、高纯材料提纯", "专精特新“小巨人”企业", "中型企业");
        assertThat(CandidateScore.reasons(false, List.of("光刻胶配方"), List.of(), true, Scale.SMALL))
                .containsExactly("本地企业，尚未从事该环节", "具备所需能力：光刻胶配方", "链主企业");
    }
}
