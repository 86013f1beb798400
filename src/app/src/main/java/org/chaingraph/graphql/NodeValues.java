package org.chaingraph.graphql;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;

/**
 * Reads optional properties of a node or relationship map returned by a statement; a missing
 * property is a null value in the driver and a Java null here.
 */
public final class NodeValues {

    private NodeValues() {
    }

    public static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    public static Integer integer(Value value) {
        return value.isNull() ? null : value.asInt();
    }

    public static Double decimal(Value value) {
        return value.isNull() ? null : value.asDouble();
    }

    public static boolean flag(Value value) {
        return !value.isNull() && value.asBoolean();
    }

    public static LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }

    public static <E extends Enum<E>> E constant(Value value, Class<E> type) {
        return value.isNull() ? null : Enum.valueOf(type, value.asString());
    }

    public static List<String> texts(Value value) {
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }
}
