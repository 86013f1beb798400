package org.chaingraph.e2e.matchmaking;

/**
 * Keys of datasets/matchmaking. Chain CH-T: 光刻胶树脂 → 光刻胶 → 晶圆制造 ← 电子特气, 晶圆制造 → 封装测试.
 * Both leaders make wafers (T-FAB), so their demand segments are 光刻胶 (T-PR) and 电子特气 (T-GAS)
 * and their required capabilities 光刻胶配方, 高纯材料提纯, 气体纯化 (three). Scores in the comments
 * are for the leader, in 2025, with the default weights 0.35/0.25/0.2/0.1/0.1.
 */
final class MatchmakingDataset {

    private MatchmakingDataset() {
    }

    static final String DATASET = "src/test/resources/datasets/matchmaking";
    static final int YEAR = 2025;

    /** 浦东新区, LARGE, makes wafers, anchor of 浦东集成电路集群; issued CHL-T0 (AWARDED to ALPHA) and CHL-T1 (OPEN). */
    static final String LEADER = "91310115MA1T000018";
    /** 秀洲区, LARGE, makes wafers, anchor of 秀洲半导体材料集群 (with CHARLIE). */
    static final String LEADER2 = "91330411MA1T000029";
    /** 浦东, 光刻胶, 3/3 capabilities, 小巨人 (4/5), shares the leader's cluster, won CHL-T0: 0.8933. */
    static final String ALPHA = "91310115MA1T00003E";
    /** 浦东, 光刻胶, 1/3, 专精特新 (2/5) valid 2023–2026, same district: 0.5633. */
    static final String BRAVO = "91310115MA1T00004H";
    /** 秀洲, 电子特气, 1/3, 小巨人 expired in 2020: 0.4333. */
    static final String CHARLIE = "91330411MA1T00005J";
    /** 徐汇区, no demand segment, 1/3 (高纯材料提纯), 创新型 from 2026 only: 0.0833. */
    static final String DELTA = "91310104MA1T00006R";
    /** 浦东, 光刻胶, LARGE: never a candidate. */
    static final String ECHO = "91310115MA1T00007T";
    /** 浦东, 光刻胶树脂 (two steps upstream) with 高分子合成: not a candidate of the leaders. */
    static final String FOXTROT = "91310115MA1T00008X";
    /** 浦东, 光刻胶, 2/3, already supplies LEADER: 0.5667 when included. */
    static final String GOLF = "91310115MA1T000091";
    /** 秀洲, exactly like CHARLIE without the expired award: 0.4333, after CHARLIE by USCC. */
    static final String HOTEL = "91330411MA1T000104";
    /** 秀洲, 电子特气, 1/3 (+ 低温工程, required by CHL-T1 only), 瞪羚 (2/4): 0.5333. */
    static final String NOVEMBER = "91330411MA1T000117";
    /** 徐汇, MICRO, only 低温工程: a candidate for CHL-T1 alone. */
    static final String PAPA = "91310104MA1T00012E";
}
