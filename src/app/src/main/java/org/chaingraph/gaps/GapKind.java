package org.chaingraph.gaps;

/** What a region should do about a gap (docs/contracts.md §6): 补链、延链、强链、固链. */
public enum GapKind {
    /** 补链: a MISSING segment between segments the region has, upstream and downstream. */
    FILL("补链"),
    /** 延链: a MISSING segment at an end of what the region has. */
    EXTEND("延链"),
    /** 强链: a WEAK segment, present without any quality enterprise. */
    STRENGTHEN("强链"),
    /** 固链: a SINGLE_SOURCE segment, hanging on one quality enterprise. */
    SECURE("固链");

    private final String label;

    GapKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
