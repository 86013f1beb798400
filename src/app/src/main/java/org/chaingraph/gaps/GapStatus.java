package org.chaingraph.gaps;

/**
 * How well a region covers a chain segment (docs/contracts.md §6), from n (local enterprises operating in it)
 * and q (those of them that are quality enterprises in the year).
 */
public enum GapStatus {
    /** n = 0. */
    MISSING("缺失"),
    /** n > 0, q = 0. */
    WEAK("薄弱"),
    /** q = 1. */
    SINGLE_SOURCE("单一来源"),
    /** q ≥ 2. */
    COVERED("已覆盖");

    private final String label;

    GapStatus(String label) {
        this.label = label;
    }

    public static GapStatus of(long localSuppliers, long qualitySuppliers) {
        if (localSuppliers == 0) {
            return MISSING;
        }
        if (qualitySuppliers == 0) {
            return WEAK;
        }
        return qualitySuppliers == 1 ? SINGLE_SOURCE : COVERED;
    }

    /** The Chinese label shown on maps. */
    public String label() {
        return label;
    }
}
