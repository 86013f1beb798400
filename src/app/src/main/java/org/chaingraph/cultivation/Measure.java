package org.chaingraph.cultivation;

import java.util.Arrays;

import org.chaingraph.enterprises.Enterprise;

/**
 * The figures of the dataset a promotion criterion can read (docs/contracts.md §3: revenue in 万元 for last
 * year, ratios and growth in %); the derived ones are computed from them.
 */
public enum Measure {
    REVENUE("revenue"),
    RD_RATIO("rdRatio"),
    /** 研发费用总额 = revenue × rdRatio / 100, in 万元. */
    RD_EXPENSE("rdExpense"),
    GROWTH("growth"),
    GROWTH_PREV("growthPrev"),
    /** 近2年平均增长率 = (growth + growthPrev) / 2. */
    GROWTH_AVG2("growthAvg2"),
    /** 近两年复合增长率 = √((1 + growth/100)(1 + growthPrev/100)) − 1, in %. */
    GROWTH_CAGR2("growthCagr2"),
    /**
     * 近3年平均营业收入, 万元: last year's revenue and the two before, derived from the growth rates
     * (revenue / (1 + growth), then / (1 + growthPrev)).
     */
    REVENUE_AVG3("revenueAvg3"),
    EMPLOYEES("employees"),
    /** Years since founding in the year asked, the dataset's stand-in for time in a market niche. */
    YEARS_FOUNDED("yearsFounded"),
    /**
     * 1 when the enterprise is a small or medium-sized one by the dataset's {@code scale} (MICRO,
     * SMALL or MEDIUM: 《中小企业划型标准规定》), 0 when LARGE; a yes/no figure.
     */
    SME("sme", false, true),
    /** Ⅰ类知识产权 related to the main products (optional column {@code ip_class1}). */
    IP_CLASS1("ipClass1", true, false),
    /** 主营业务收入 as % of revenue (optional column {@code main_business_ratio}). */
    MAIN_BUSINESS_RATIO("mainBusinessRatio", true, false),
    /** 资产负债率, % (optional column {@code debt_ratio}). */
    DEBT_RATIO("debtRatio", true, false),
    /** 近两年新增股权融资, 万元 (optional column {@code equity_financing_2y}). */
    EQUITY_FINANCING_2Y("equityFinancing2y", true, false);

    private final String key;
    private final boolean optional;
    private final boolean yesNo;

    Measure(String key) {
        this(key, false, false);
    }

    Measure(String key, boolean optional, boolean yesNo) {
        this.key = key;
        this.optional = optional;
        this.yesNo = yesNo;
    }

    public String key() {
        return key;
    }

    /**
     * An optional column of the dataset: a firm without it is unchecked on criteria that need it
     * (never passed, never failed); a missing core figure (revenue…) fails the criterion.
     */
    public boolean optional() {
        return optional;
    }

    /** 1 = yes, 0 = no: printed as 是/否, not as a number. */
    public boolean yesNo() {
        return yesNo;
    }

    static Measure byKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown field '" + key + "', expected one of "
                        + Arrays.stream(values()).map(Measure::key).toList()));
    }

    /** The figure for the enterprise in the year, or null when the dataset lacks it. */
    Double of(Enterprise e, int year) {
        return switch (this) {
            case REVENUE -> e.revenue();
            case RD_RATIO -> e.rdRatio();
            case RD_EXPENSE -> e.revenue() == null || e.rdRatio() == null ? null : e.revenue() * e.rdRatio() / 100.0;
            case GROWTH -> e.growth();
            case GROWTH_PREV -> e.growthPrev();
            case GROWTH_AVG2 -> e.growth() == null || e.growthPrev() == null ? null : (e.growth() + e.growthPrev()) / 2.0;
            case GROWTH_CAGR2 -> e.growth() == null || e.growthPrev() == null ? null
                    : (Math.sqrt((1 + e.growth() / 100.0) * (1 + e.growthPrev() / 100.0)) - 1) * 100.0;
            case REVENUE_AVG3 -> {
                if (e.revenue() == null || e.growth() == null || e.growthPrev() == null || e.growth() <= -100 || e.growthPrev() <= -100) {
                    yield null;
                }
                double before = e.revenue() / (1 + e.growth() / 100.0);
                yield (e.revenue() + before + before / (1 + e.growthPrev() / 100.0)) / 3.0;
            }
            case EMPLOYEES -> e.employees() == null ? null : e.employees().doubleValue();
            case YEARS_FOUNDED -> e.founded() == null ? null : (double) (year - e.founded());
            case SME -> e.scale() == null ? null : e.scale() == org.chaingraph.enterprises.Scale.LARGE ? 0.0 : 1.0;
            case IP_CLASS1 -> e.ipClass1() == null ? null : e.ipClass1().doubleValue();
            case MAIN_BUSINESS_RATIO -> e.mainBusinessRatio();
            case DEBT_RATIO -> e.debtRatio();
            case EQUITY_FINANCING_2Y -> e.equityFinancing2y();
        };
    }
}
