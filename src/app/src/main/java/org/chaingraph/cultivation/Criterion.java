package org.chaingraph.cultivation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.chaingraph.enterprises.Enterprise;

/**
 * One measurable published criterion, e.g. 研发投入占比 ≥ 3 %. {@code when} restricts it to
 * enterprises in a band of another figure (the 小巨人 R&D ratio depends on revenue).
 * {@code alternative}, when given, is a published alternative the dataset can check (营业收入不足
 * 1000万元时：近2年新增股权融资 ≥ 2000万元): the criterion is met when either part is.
 * {@code otherwise} is a published alternative the dataset cannot check: a firm that misses the
 * checkable part is told so, and that it may still meet the criterion that way — unmet, since
 * qualifying must rest on the data.
 */
public record Criterion(Measure field, Operator op, double value, String label, String unit, Band when, String otherwise,
                        Criterion alternative) {

    public Criterion(Measure field, Operator op, double value, String label, String unit, Band when, String otherwise) {
        this(field, op, value, label, unit, when, otherwise, null);
    }

    public enum Operator {
        AT_LEAST(">=", "<"), MORE_THAN(">", "≤"), AT_MOST("<=", ">"), LESS_THAN("<", "≥");

        final String symbol;
        final String negation;

        Operator(String symbol, String negation) {
            this.symbol = symbol;
            this.negation = negation;
        }

        static Operator bySymbol(String symbol) {
            for (Operator op : values()) {
                if (op.symbol.equals(symbol)) {
                    return op;
                }
            }
            throw new IllegalArgumentException("unknown op '" + symbol + "', expected >=, >, <= or <");
        }

        boolean test(double actual, double threshold) {
            return switch (this) {
                case AT_LEAST -> actual >= threshold;
                case MORE_THAN -> actual > threshold;
                case AT_MOST -> actual <= threshold;
                case LESS_THAN -> actual < threshold;
            };
        }
    }

    /** min ≤ field < max; a null bound is open. */
    public record Band(Measure field, Double min, Double max) {
        boolean contains(double actual) {
            return (min == null || actual >= min) && (max == null || actual < max);
        }
    }

    /** How one firm stands against a criterion. */
    public sealed interface Verdict {
        /** Met; {@code how} names it (the alternative, when that is the part met). */
        record Met(String how) implements Verdict {
        }

        /**
         * Not met, and why: 「研发投入占比 2.1% < 3%」; {@code shortfall} how far off, relative to the
         * threshold (0.3 = 30 % short; 1 when there is no figure or the answer is no).
         */
        record Unmet(String reason, double shortfall) implements Verdict {
        }

        /** The firm is outside the criterion's band ({@code when}): it does not apply. */
        record NotApplicable() implements Verdict {
        }

        /** An optional figure the dataset does not give for this firm: unchecked, never passed. */
        record Unknown(String what) implements Verdict {
        }
    }

    /**
     * The firm's figures against the criterion in {@code year}. With an alternative: met when either
     * part is; when the criterion's own part is missed and the alternative's figure is missing, still
     * unmet (qualifying rests on the data), saying the alternative was not in the data.
     */
    Verdict judge(Enterprise enterprise, int year) {
        Verdict own = judgeOwn(enterprise, year);
        if (alternative == null || own instanceof Verdict.Met || own instanceof Verdict.NotApplicable) {
            return withOtherwise(own);
        }
        Verdict other = alternative.judgeOwn(enterprise, year);
        if (other instanceof Verdict.Met) {
            return new Verdict.Met(alternative.describe() + "（替代条件）");
        }
        if (own instanceof Verdict.Unknown) {
            return new Verdict.Unknown(describe() + "，或" + alternative.describe() + "（无数据）");
        }
        var mine = (Verdict.Unmet) own;
        if (other instanceof Verdict.Unmet theirs) {
            return withOtherwise(new Verdict.Unmet(mine.reason() + "，且" + theirs.reason(), Math.min(mine.shortfall(), theirs.shortfall())));
        }
        return withOtherwise(new Verdict.Unmet(mine.reason() + "；另可：" + alternative.describe() + "（无数据）", mine.shortfall()));
    }

    private Verdict withOtherwise(Verdict verdict) {
        return otherwise != null && verdict instanceof Verdict.Unmet unmet
                ? new Verdict.Unmet(unmet.reason() + "；另可：" + otherwise + "（数据集无法核实）", unmet.shortfall()) : verdict;
    }

    /** The criterion's own part: a missing core figure is unmet, a missing optional one unknown. */
    private Verdict judgeOwn(Enterprise enterprise, int year) {
        if (when != null) {
            Double band = when.field().of(enterprise, year);
            if (band == null) {
                return when.field().optional() ? new Verdict.Unknown(label + "（" + when.field().key() + " 无数据）")
                        : new Verdict.Unmet(label + " 无数据（" + when.field().key() + "）", 1);
            }
            if (!when.contains(band)) {
                return new Verdict.NotApplicable();
            }
        }
        Double actual = field.of(enterprise, year);
        if (actual == null) {
            return field.optional() ? new Verdict.Unknown(describe() + "（无数据）") : new Verdict.Unmet(label + " 无数据", 1);
        }
        if (op.test(actual, value)) {
            return new Verdict.Met(describe());
        }
        if (field.yesNo()) {
            return new Verdict.Unmet(label + "：否", 1);
        }
        double shortfall = value == 0 ? 1 : Math.abs(value - actual) / Math.abs(value);
        return new Verdict.Unmet(label + " " + number(actual) + unit + " " + op.negation + " " + number(value) + unit, shortfall);
    }

    /** The criterion as published, e.g. 「研发投入占比 ≥ 3%」; a yes/no one by its label alone. */
    String describe() {
        return field.yesNo() ? label : label + " " + op.symbol.replace(">=", "≥").replace("<=", "≤") + " " + number(value) + unit;
    }

    static String number(double value) {
        // Two decimals at most, so a figure just under a threshold never prints as the threshold
        // (4.95% < 5%, not 5% < 5%); no trailing zeros (3, not 3.00); valueOf, not new BigDecimal(double),
        // so 99.00000000000001 is 99.
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
