package org.chaingraph.e2e.gaps;

/**
 * Keys of {@code datasets/gaps}: chain {@code gx} (10 segments) built so that, for 杭州市 (330100)
 * in 2025, each rule of docs/contracts.md §6 is visible once; see the comments for the expected answers.
 * USCCs carry valid GB 32100 check characters; characters 3–8 are the region code.
 */
final class GapDataset {

    private GapDataset() {
    }

    static final String HANGZHOU = "330100";      // 西湖区 330106 and 滨江区 330108 below it
    static final String XIHU = "330106";
    static final String ZHEJIANG = "330000";      // 杭州市 and 宁波市 below it
    static final String NINGBO = "330200";        // 鄞州区 330212 below it
    static final int YEAR = 2025;

    // gx-resin, COVERED in 杭州: both in districts below it.
    static final String XIHU_RESIN = "91330106GX0000001L";      // 西湖区, LARGE
    static final String BINJIANG_FINE = "91330108GX0000002L";   // 滨江区, LITTLE_GIANT 2023–; holds 高纯材料提纯 (photoresist candidate)
    // gx-litho (critical), SINGLE_SOURCE: the chain leader, and an INNOVATIVE_SME that does not count.
    static final String HANGGUANG_LEADER = "91330100GX00000034";
    static final String HANGXIN_OPTICS = "91330108GX0000004T";
    // gx-etch (critical), WEAK in 2025: an award expired in 2022, another only from 2026, none.
    static final String QIANTANG_ETCH = "91330106GX00000051";   // SPECIALIZED_SME 2019–2022
    static final String ZHIJIANG_PLASMA = "91330108GX00000061"; // holds 等离子刻蚀, operates in etch: never a candidate there
    static final String HANGCHENG_PROCESS = "91330100GX0000007G"; // SPECIALIZED_SME 2026–2028
    // gx-test, COVERED: LARGE, and a valid GAZELLE.
    static final String XIHU_TEST = "91330106GX0000008A";
    static final String BINJIANG_INSPECTION = "91330108GX0000009A";
    // gx-photoresist (critical), MISSING in 杭州: operated in 苏州 and in 宁波 (鄞州区).
    static final String SUZHOU_PHOTORESIST = "91320500GX0000010C"; // LITTLE_GIANT, holds 光刻胶配方
    static final String YINZHOU_CHEMICAL = "91330212GX0000011G";
    static final String BINJIANG_INSTITUTE = "91330108GX0000012M"; // 杭州, MEDIUM, holds both photoresist capabilities
    static final String SUZHOU_FORMULA = "91320500GX0000013M";   // 苏州, holds 光刻胶配方 only: not a candidate
    // gx-app, SINGLE_SOURCE: ABOVE_SCALE counts as quality.
    static final String HANGZHOU_DEVICES = "91330100GX00000148";
    static final String HANGZHOU_MICRONANO = "91330100GX0000015B"; // MICRO, 光刻胶配方, GAZELLE expired in 2020
    // gx-mask, MISSING: two identical external operators (a tie on score, broken by USCC).
    static final String SUZHOU_MASK_ONE = "91320500GX00000172";
    static final String SUZHOU_MASK_TWO = "91320500GX0000016Y";
    static final String HANGZHOU_ION_BEAM = "91330100GX0000018L"; // 杭州, holds 等离子刻蚀: an etch candidate
    static final String SUZHOU_ETCH = "91320500GX00000198";      // 苏州, LARGE, operates in etch
    static final String HANGZHOU_BASE = "91330100GX0000020W";    // operates in gy-base, which feeds gx-mask across chains
    static final String HANGZHOU_LOOP = "91330100GX00000210";    // operates in gc-b, chain gc is a cycle

    /**
     * Ten more firms in 滨江区 operating nowhere. gaps/segment-coverage starts from the smaller side:
     * with them, 杭州市 and 浙江省 have more residents (25, 26) than chain gx has operations (15), so
     * their reports start from the chain's operators, while 西湖区 and 宁波市 start from their
     * residents: the rule tests run through both.
     */
    static final int HANGZHOU_FIRMS_OPERATING_NOWHERE = 10;
}
