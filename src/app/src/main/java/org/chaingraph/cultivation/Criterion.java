package org.chaingraph.cultivation;

import java.math.BigDecimal;
import java.util.Optional;

import org.chaingraph.enterprises.Enterprise;

/**
 * One measurable published criterion, e.g. 研发投入占比 ≥ 3 %. {@code when} restricts it to
 * enterprises in a band of another figure (the 小巨人 R&D ratio depends on revenue).
 * {@code otherwise}, when given, is the published alternative the dataset cannot check (营业收入不足
 * 1000万元时：近2年新增股权融资 ≥ 2000万元): a firm that misses the checkable part is told so, and
 * that it may still meet the criterion that way — unmet, since qualifying must rest on the data.
 */
public record Criterion(Measure field, Operator op, double value, String label, String unit, Band when, String otherwise) {

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

    /**
     * Empty when met or not applicable; otherwise why not, e.g. 「研发投入占比 2.1% < 3%」, with the
     * unchecked alternative when there is one: 「营业收入 800万元 < 1000万元；另可：…（数据集无法核实）」.
     */
    Optional<String> unmet(Enterprise enterprise, int year) {
        return unmetCheckable(enterprise, year).map(reason -> otherwise == null ? reason : reason + "；另可：" + otherwise + "（数据集无法核实）");
    }

    /** The checkable part alone: empty when met or not applicable; a missing figure is unmet. */
    private Optional<String> unmetCheckable(Enterprise enterprise, int year) {
        if (when != null) {
            Double band = when.field().of(enterprise, year);
            if (band == null) {
                return Optional.of(label + " 无数据（" + when.field().key() + "）");
            }
            if (!when.contains(band)) {
                return Optional.empty();
            }
        }
        Double actual = field.of(enterprise, year);
        if (actual == null) {
            return Optional.of(label + " 无数据");
        }
        if (op.test(actual, value)) {
            return Optional.empty();
        }
        return Optional.of(label + " " + number(actual) + unit + " " + op.negation + " " + number(value) + unit);
    }

    /** The criterion as published, e.g. 「研发投入占比 ≥ 3%」. */
    String describe() {
        return label + " " + op.symbol.replace(">=", "≥").replace("<=", "≤") + " " + number(value) + unit;
    }

    static String number(double value) {
        // Two decimals at most, so a figure just under a threshold never prints as the threshold
        // (4.95% < 5%, not 5% < 5%); no trailing zeros (3, not 3.00); valueOf, not new BigDecimal(double),
        // so 99.00000000000001 is 99.
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
