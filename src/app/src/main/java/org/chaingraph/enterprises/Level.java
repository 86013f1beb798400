package org.chaingraph.enterprises;

import java.util.Arrays;
import java.util.List;

/** The level of government that awards a designation or sets a target. */
public enum Level {
    NATIONAL, PROVINCIAL, MUNICIPAL, DISTRICT;

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
