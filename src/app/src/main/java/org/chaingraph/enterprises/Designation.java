package org.chaingraph.enterprises;

import java.util.Arrays;
import java.util.List;

/** A status awarded to an enterprise (认定), on one of the cultivation ladders of docs/contracts.md §1. */
public enum Designation {
    INNOVATIVE_SME(Ladder.SME, 1, "创新型中小企业"),
    SPECIALIZED_SME(Ladder.SME, 2, "专精特新中小企业"),
    KEY_SPECIALIZED_SME(Ladder.SME, 3, "重点专精特新中小企业"),
    LITTLE_GIANT(Ladder.SME, 4, "专精特新“小巨人”企业"),
    SINGLE_CHAMPION(Ladder.SME, 5, "制造业单项冠军企业"),
    HIDDEN_CHAMPION(Ladder.SME, 5, "隐形冠军企业"),
    POTENTIAL_GAZELLE(Ladder.HIGH_GROWTH, 1, "潜力瞪羚企业"),
    GAZELLE(Ladder.HIGH_GROWTH, 2, "瞪羚企业"),
    POTENTIAL_UNICORN(Ladder.HIGH_GROWTH, 3, "潜力独角兽企业"),
    UNICORN(Ladder.HIGH_GROWTH, 4, "独角兽企业"),
    ABOVE_SCALE(Ladder.SCALE, 1, "规模以上工业企业"),
    LISTED(Ladder.SCALE, 2, "上市企业"),
    EAGLE(Ladder.LEADERS, 1, "雄鹰企业");

    public enum Ladder { SME, HIGH_GROWTH, SCALE, LEADERS }

    private final Ladder ladder;
    private final int step;
    private final String chineseName;

    Designation(Ladder ladder, int step, String chineseName) {
        this.ladder = ladder;
        this.step = step;
        this.chineseName = chineseName;
    }

    public Ladder ladder() {
        return ladder;
    }

    /** Height on its ladder, lowest step = 1; beside-steps (HIDDEN_CHAMPION) share a height. */
    public int step() {
        return step;
    }

    public String chineseName() {
        return chineseName;
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
