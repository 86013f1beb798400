package org.chaingraph.cultivation;

import java.math.BigDecimal;
import java.util.Optional;

import org.chaingraph.enterprises.Enterprise;

/**
 * One measurable published criterion, e.g. 研发投入占比 ≥ 3 %. {@code when} restricts it to
 * enterprises in a band of another figure (the 小巨人 R&D ratio depends on revenue).
 */
public record Criterion(Measure field, Operator op, double value, String label, String unit, Band when) {

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

    /** Empty when met or not applicable; otherwise why not, e.g. 「研发投入占比 2.1% < 3%」. */
    Optional<String> unmet(Enterprise enterprise, int year) {
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
        // One decimal at most, as the dataset records figures; no trailing zeros (3, not 3.0).
        return new BigDecimal(value).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
