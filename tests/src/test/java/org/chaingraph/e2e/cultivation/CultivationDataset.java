package org.chaingraph.e2e.cultivation;

/** The firms of {@code datasets/cultivation} (written by a script; every USCC passes GB 32100), one per rule. */
final class CultivationDataset {

    private CultivationDataset() {
    }

    static final int YEAR = 2026;
    static final String JIAXING = "330400";
    static final String SHANGHAI = "310000";

    /** 首评小巨人: national 小巨人 and provincial 隐形冠军 first awarded 2026, in 南湖区. */
    static final String FIRST = "91330402MA2D00001R";

    /** 小巨人 2023 and renewed 2026. */
    static final String RENEW = "91330402MA2D00002W";

    /** 上海 小巨人 with growth 20 / 20. */
    static final String GROWTH20 = "91310115MA2D000033";

    /** 上海 小巨人 with growth 25 / 19.9. */
    static final String GROWTH199 = "91310115MA2D000046";

    /** 规上 since 2024, no expiry, in 秀洲区. */
    static final String RETAINED = "91330411MA2D000057";

    /** 规上 since 2023. */
    static final String OLDSCALE = "91330411MA2D00006A";

    /** 规上 2024, expired 2025. */
    static final String LAPSEDSCALE = "91330411MA2D00007D";

    /** provincial 单项冠军 first awarded 2026. */
    static final String PROVCHAMP = "91330402MA2D00008F";

    /** provincial 单项冠军 2022, national 2026. */
    static final String NATCHAMP = "91330402MA2D00009J";

    /** 专精特新 2024–2027, meets the 小巨人 thresholds. */
    static final String SPEC = "91330402MA2D00010P";

    /** 专精特新 2021–2024 (lapsed). */
    static final String EXPIRED = "91330411MA2D00011U";

    /** 专精特新 in 苏州 (outside 嘉兴). */
    static final String OUTSIDE = "91320500MA2D000122";

    /** 创新型, R&D 2.1 %. */
    static final String NEARRD = "91330402MA2D000131";

    /** 创新型, meets the 专精特新 thresholds. */
    static final String QUALIFY = "91330402MA2D000144";

    /** 创新型, misses four criteria. */
    static final String TWOMISS = "91330402MA2D000157";

    /** 上海 潜力瞪羚 meeting the gazelle rules. */
    static final String PGAZ = "91310115MA2D00016D";

    /** 上海 潜力瞪羚 with growth 12 %. */
    static final String PGAZ2 = "91310115MA2D00017G";

    /** 上海 瞪羚, growthPrev 28 %. */
    static final String GAZ = "91310115MA2D00018K";

    /** 上海 独角兽. */
    static final String UNI = "91310115MA2D00019N";

    /** 嘉兴 潜力瞪羚 (default high-growth rules). */
    static final String JXPGAZ = "91330402MA2D00020Q";

    /** 小巨人 renewed 2026 and new 隐形冠军 2026. */
    static final String DOUBLE = "91330402MA2D00021U";

    /** No designation; every optional figure but the field known: the 2022 创新型 scoring sheet gives at least 85. */
    static final String ENTRANT = "91330402MA2D00022Y";

    /** No designation; 创新型 by the direct condition of 600万 equity financing only (its score is at most 55). */
    static final String DIRECT = "91330402MA2D000232";
}
