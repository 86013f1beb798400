package org.chaingraph.e2e.graphql;

/** Keys of datasets/small the tests refer to (USCCs carry valid GB 32100 check characters). */
final class SmallDataset {

    private SmallDataset() {
    }

    // Named enterprises; the USCC's 3rd–8th characters are the region code.
    static final String XINGCHI_VEHICLES = "91330402MA2C000017";   // 南湖区, LARGE, leads CH-NEV in 嘉兴市
    static final String LIYUAN_MINING = "91330000MA2C00002Q";      // 浙江省 itself
    static final String ZHENGJI_CATHODE = "91330411MA2C00003E";    // 秀洲区, MEDIUM
    static final String HENGNENG_BATTERY = "91330411MA2C00004H";   // 秀洲区, LARGE
    static final String NANHU_MOTOR = "91330402MA2C00005K";        // 南湖区; its SPECIALIZED_SME expired in 2022
    static final String XIUZHOU_CONTROLS = "91330411MA2C00006P";   // 秀洲区
    static final String XINTU_MICRO = "91310115MA2C00007W";        // 浦东新区
    static final String HUAJING_WAFER = "91310115MA2C000080";      // 浦东新区, LARGE, leads CH-IC in 上海市
    static final String HUAXIN_PACKAGING = "91330402MA2C000090";   // 南湖区
    static final String ZHIXIN_EQUIPMENT = "91330402MA2C000105";   // 南湖区
    static final String WEINA_MATERIALS = "91330402MA2C000118";    // 南湖区, MICRO
    static final String PUDONG_RECYCLING = "91310115MA2C00012E";   // 浦东新区; SPECIALIZED_SME from 2025
    static final String CHUNENG_PACKS = "91330411MA2C00013F";      // 秀洲区

    /** 42 small suppliers in 秀洲区, USCCs ...MA2C00101 to ...MA2C00142. */
    static final int FILLERS = 42;
    static final int ENTERPRISES = 13 + FILLERS;
}
