package org.chaingraph.e2e.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.ALPHA;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.BRAVO;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.CHARLIE;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.DELTA;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.ECHO;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.FOXTROT;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.GOLF;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.HOTEL;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.LEADER;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.NOVEMBER;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.PAPA;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

class SupplierShortlistTest extends MatchmakingApiTest {

    static final Map<String, Object> LEADER_SUBJECT = Map.of("leaderUscc", LEADER);

    @Test
    void leaderShortlistIsOrderedByScoreThenUscc() {
        var matches = shortlist(LEADER_SUBJECT, Map.of());

        assertThat(usccs(matches)).containsExactly(ALPHA, BRAVO, NOVEMBER, CHARLIE, HOTEL, DELTA);
        assertThat(matches.stream().map(MatchmakingApiTest::score).toList()).containsExactly(0.8933, 0.5633, 0.5333, 0.4333, 0.4333, 0.0833);
    }

    @Test
    void leaderDemandsTheSegmentsFeedingItsOwnAndTheirCapabilities() {
        var matches = byUscc(shortlist(LEADER_SUBJECT, Map.of()));

        assertThat(component(matches.get(ALPHA), "segment_fit").get("explanation")).isEqualTo("生产上游环节：光刻胶");
        assertThat(component(matches.get(CHARLIE), "segment_fit").get("explanation")).isEqualTo("生产上游环节：电子特气");
        assertThat(value(matches.get(DELTA), "segment_fit")).isZero();
        assertThat(component(matches.get(ALPHA), "capability_fit")).containsEntry("value", 1.0)
                .containsEntry("explanation", "具备 3/3 项所需能力：光刻胶配方、气体纯化、高纯材料提纯");
        assertThat(component(matches.get(DELTA), "capability_fit")).containsEntry("value", 0.3333)
                .containsEntry("explanation", "具备 1/3 项所需能力：高纯材料提纯");
        // 光刻胶树脂 feeds 光刻胶, not the leader's own segment: two steps upstream is not a demand.
        assertThat(matches).doesNotContainKey(FOXTROT);
    }

    @Test
    void proximityIsSameClusterThenSameRegion() {
        var matches = byUscc(shortlist(LEADER_SUBJECT, Map.of()));

        assertThat(component(matches.get(ALPHA), "proximity")).containsEntry("value", 1.0).containsEntry("explanation", "同属浦东集成电路集群");
        assertThat(component(matches.get(BRAVO), "proximity")).containsEntry("value", 0.5).containsEntry("explanation", "同在浦东新区");
        assertThat(value(matches.get(CHARLIE), "proximity")).isZero();
    }

    @Test
    void qualityIsLadderHeightOfDesignationsValidInTheYear() {
        var in2025 = byUscc(shortlist(LEADER_SUBJECT, Map.of()));
        var in2026 = byUscc(shortlist(LEADER_SUBJECT, Map.of("year", 2026)));

        assertThat(component(in2025.get(ALPHA), "quality")).containsEntry("value", 0.8)
                .containsEntry("explanation", "专精特新“小巨人”企业（梯度第 4/5 级）");
        assertThat(value(in2025.get(NOVEMBER), "quality")).isEqualTo(0.5);
        // CHARLIE's 小巨人 expired in 2020; DELTA's 创新型 is awarded in 2026.
        assertThat(value(in2025.get(CHARLIE), "quality")).isZero();
        assertThat(value(in2025.get(DELTA), "quality")).isZero();
        assertThat(value(in2026.get(DELTA), "quality")).isEqualTo(0.2);
        assertThat(score(in2026.get(DELTA))).isGreaterThan(score(in2025.get(DELTA)));
    }

    @Test
    void trackRecordCountsChallengesWon() {
        var matches = byUscc(shortlist(LEADER_SUBJECT, Map.of()));

        assertThat(component(matches.get(ALPHA), "track_record")).containsEntry("value", 0.3333).containsEntry("explanation", "揭榜挂帅中标 1 项");
        // BRAVO lost CHL-T0; CHARLIE's bid on CHL-T1 is pending.
        assertThat(value(matches.get(BRAVO), "track_record")).isZero();
        assertThat(value(matches.get(CHARLIE), "track_record")).isZero();
    }

    @Test
    void scoreIsTheWeightedSumOfItsComponents() {
        for (var subject : List.of(LEADER_SUBJECT, Map.<String, Object>of("challengeId", "CHL-T1"), Map.<String, Object>of("segmentId", "T-PR"))) {
            var matches = shortlist(subject, Map.of("includeExisting", true));
            assertThat(matches).isNotEmpty().allSatisfy(match -> {
                @SuppressWarnings("unchecked")
                var components = (List<Map<String, Object>>) match.get("components");
                assertThat(components).extracting(c -> c.get("factor"))
                        .containsExactly("segment_fit", "capability_fit", "quality", "proximity", "track_record");
                double sum = 0;
                double weights = 0;
                for (var c : components) {
                    double v = ((Number) c.get("value")).doubleValue();
                    double w = ((Number) c.get("weight")).doubleValue();
                    assertThat(v).isBetween(0.0, 1.0);
                    assertThat((String) c.get("explanation")).isNotBlank();
                    sum += v * w;
                    weights += w;
                }
                assertThat(weights).isCloseTo(1.0, within(1e-9));
                assertThat(score(match)).isBetween(0.0, 1.0).isCloseTo(sum, within(0.00005));
            });
        }
    }

    @Test
    void aBetterFitOnOneFactorAllElseEqualNeverScoresLower() {
        var matches = byUscc(shortlist(LEADER_SUBJECT, Map.of()));

        // HOTEL is CHARLIE without an expired award: equal; NOVEMBER is HOTEL with a valid 瞪羚: higher.
        assertThat(score(matches.get(CHARLIE))).isEqualTo(score(matches.get(HOTEL)));
        assertThat(score(matches.get(NOVEMBER))).isGreaterThan(score(matches.get(HOTEL)));
        assertThat(usccs(shortlist(LEADER_SUBJECT, Map.of()))).containsSubsequence(CHARLIE, HOTEL);
    }

    @Test
    void largeEnterprisesAndTheDemanderAreNeverCandidates() {
        var matches = usccs(shortlist(LEADER_SUBJECT, Map.of("includeExisting", true)));

        assertThat(matches).doesNotContain(ECHO, LEADER, MatchmakingDataset.LEADER2);
    }

    @Test
    void existingSuppliersAreLeftOutUnlessIncludedAndThenFlagged() {
        assertThat(usccs(shortlist(LEADER_SUBJECT, Map.of()))).doesNotContain(GOLF);

        var included = shortlist(LEADER_SUBJECT, Map.of("includeExisting", true));
        assertThat(usccs(included)).containsExactly(ALPHA, GOLF, BRAVO, NOVEMBER, CHARLIE, HOTEL, DELTA);
        assertThat(included).allSatisfy(m -> assertThat(m.get("existingSupplier")).isEqualTo(GOLF.equals(uscc(m))));
        assertThat(score(byUscc(included).get(GOLF))).isEqualTo(0.5667);
    }

    @Test
    void regionCoversItselfAndEveryRegionBelow() {
        assertThat(usccs(shortlist(LEADER_SUBJECT, Map.of("regionCode", "310000")))).containsExactly(ALPHA, BRAVO, DELTA);
        assertThat(usccs(shortlist(LEADER_SUBJECT, Map.of("regionCode", "310115")))).containsExactly(ALPHA, BRAVO);
        assertThat(usccs(shortlist(LEADER_SUBJECT, Map.of("regionCode", "330000")))).containsExactly(NOVEMBER, CHARLIE, HOTEL);
    }

    @Test
    void limitCutsTheOrderedList() {
        assertThat(usccs(shortlist(LEADER_SUBJECT, Map.of("limit", 2)))).containsExactly(ALPHA, BRAVO);
        assertThat(shortlist(LEADER_SUBJECT, Map.of("limit", 0))).isEmpty();
    }

    @Test
    void challengeDemandsItsTargetSegmentWithItsOwnCapabilities() {
        var matches = shortlist(Map.of("challengeId", "CHL-T1"), Map.of());

        // Target 电子特气 requires 气体纯化; the challenge adds 低温工程 (PAPA's only capability).
        assertThat(usccs(matches)).containsExactly(NOVEMBER, CHARLIE, HOTEL, ALPHA, PAPA);
        assertThat(matches.stream().map(MatchmakingApiTest::score).toList()).containsExactly(0.7, 0.475, 0.475, 0.4183, 0.125);
        var byUscc = byUscc(matches);
        assertThat(component(byUscc.get(NOVEMBER), "segment_fit").get("explanation")).isEqualTo("从事榜单目标环节：电子特气");
        assertThat(component(byUscc.get(NOVEMBER), "capability_fit").get("explanation")).isEqualTo("具备 2/2 项所需能力：低温工程、气体纯化");
        // The issuer is the demander: ALPHA shares its cluster.
        assertThat(value(byUscc.get(ALPHA), "proximity")).isEqualTo(1.0);
    }

    @Test
    void segmentDemandsItselfAndHasNoDemander() {
        var matches = shortlist(Map.of("segmentId", "T-PR"), Map.of());

        assertThat(usccs(matches)).containsExactly(ALPHA, GOLF, BRAVO, DELTA);
        assertThat(matches).allSatisfy(m -> {
            assertThat(m.get("existingSupplier")).isEqualTo(false);
            assertThat(component(m, "proximity")).containsEntry("value", 0.0).containsEntry("explanation", "无需求方企业，不计邻近度");
        });
    }

    @Test
    void subjectMustNameExactlyOneThing() {
        assertError(Map.of(), Map.of(), ErrorType.BAD_REQUEST, "subject");
        assertError(Map.of("leaderUscc", LEADER, "segmentId", "T-PR"), Map.of(), ErrorType.BAD_REQUEST, "subject");
        assertError(Map.of("leaderUscc", "not-a-uscc"), Map.of(), ErrorType.BAD_REQUEST, "subject.leaderUscc");
        // LEADER with a wrong check character.
        assertError(Map.of("leaderUscc", LEADER.substring(0, 17) + "0"), Map.of(), ErrorType.BAD_REQUEST, "subject.leaderUscc");
    }

    @Test
    void unknownSubjectsAndRegionsAreNotFoundAndBadNumbersBadRequests() {
        assertError(Map.of("leaderUscc", "91310115MA1T00099" + check("91310115MA1T00099")), Map.of(),
                ErrorType.NOT_FOUND, "subject.leaderUscc");
        assertError(Map.of("challengeId", "CHL-NONE"), Map.of(), ErrorType.NOT_FOUND, "subject.challengeId");
        assertError(Map.of("segmentId", "T-NONE"), Map.of(), ErrorType.NOT_FOUND, "subject.segmentId");
        assertError(LEADER_SUBJECT, Map.of("regionCode", "999999"), ErrorType.NOT_FOUND, "regionCode");
        assertError(LEADER_SUBJECT, Map.of("limit", 101), ErrorType.BAD_REQUEST, "limit");
        assertError(LEADER_SUBJECT, Map.of("limit", -1), ErrorType.BAD_REQUEST, "limit");
        assertError(LEADER_SUBJECT, Map.of("year", 3000), ErrorType.BAD_REQUEST, "year");
    }

    private void assertError(Map<String, Object> subject, Map<String, Object> variables, ErrorType type, String argument) {
        var request = graphQl.documentName("matchmaking/supplierShortlist").variable("subject", subject);
        for (var entry : variables.entrySet()) {
            request = request.variable(entry.getKey(), entry.getValue());
        }
        request.execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .matches(e -> errorNaming(e, type, argument), type + " naming " + argument));
    }

    /** The GB 32100 check character of 17 characters (so "unknown" USCCs are well-formed). */
    static char check(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        int c = 31 - sum % 31;
        return alphabet.charAt(c == 31 ? 0 : c);
    }

    static Map<String, Map<String, Object>> byUscc(List<Map<String, Object>> matches) {
        var map = new HashMap<String, Map<String, Object>>();
        matches.forEach(m -> map.put(uscc(m), m));
        return map;
    }
}
