package org.chaingraph.gaps;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding of the computed figures the API returns. */
final class Decimals {

    static final int PLACES = 4;

    private Decimals() {
    }

    /**
     * {@code value} rounded half-up to 4 decimals, from its shortest decimal form: products like
     * 2 × 3 × 0.6 are 3.5999999999999996 in binary and are returned as 3.6.
     */
    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(PLACES, RoundingMode.HALF_UP).doubleValue();
    }
}
