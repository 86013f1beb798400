package org.chaingraph.imports;

import java.util.List;

/**
 * One column of a dataset file (DESIGN §3): its type, whether it is required, the values an
 * enumeration allows, and the kind of node a reference column points at.
 */
record Column(String name, Type type, boolean isRequired, List<String> allowed, Reference reference, Object defaultValue) {

    enum Type { TEXT, INTEGER, DECIMAL, BOOLEAN, YEAR, DATE, ENUM, LIST, USCC }

    static Column text(String name) {
        return new Column(name, Type.TEXT, false, List.of(), null, null);
    }

    static Column integer(String name) {
        return new Column(name, Type.INTEGER, false, List.of(), null, null);
    }

    static Column decimal(String name) {
        return new Column(name, Type.DECIMAL, false, List.of(), null, null);
    }

    static Column bool(String name) {
        return new Column(name, Type.BOOLEAN, false, List.of(), null, null);
    }

    static Column year(String name) {
        return new Column(name, Type.YEAR, false, List.of(), null, null);
    }

    static Column date(String name) {
        return new Column(name, Type.DATE, false, List.of(), null, null);
    }

    static Column oneOf(String name, List<String> allowed) {
        return new Column(name, Type.ENUM, false, List.copyOf(allowed), null, null);
    }

    static Column list(String name) {
        return new Column(name, Type.LIST, false, List.of(), null, null);
    }

    static Column uscc(String name) {
        return new Column(name, Type.USCC, false, List.of(), null, null);
    }

    Column required() {
        return new Column(name, type, true, allowed, reference, defaultValue);
    }

    Column references(Reference target) {
        return new Column(name, type, isRequired, allowed, target, defaultValue);
    }

    Column orElse(Object value) {
        return new Column(name, type, isRequired, allowed, reference, value);
    }
}
