package org.chaingraph.imports;

import java.util.List;

/**
 * One column of a dataset file (docs/importing.md): its type, whether it is required, the
 * values an enumeration allows, the kind of node a reference column points at, and the longest
 * value it takes (Neo4j refuses index keys over about 8 KB, so ids and names are kept well below).
 */
record Column(String name, Type type, boolean isRequired, List<String> allowed, Reference reference, Object defaultValue,
              int maxLength) {

    enum Type { TEXT, INTEGER, DECIMAL, BOOLEAN, YEAR, DATE, ENUM, LIST, USCC }

    /** Ids, codes and list items (capability names): they are index keys. */
    static final int KEY_LENGTH = 100;
    /** Names and titles. */
    static final int NAME_LENGTH = 200;
    /** Free text: descriptions, themes, sources, main products. */
    static final int TEXT_LENGTH = 2_000;
    /** Items in one list cell. */
    static final int MAX_LIST_ITEMS = 50;

    static Column text(String name) {
        return new Column(name, Type.TEXT, false, List.of(), null, null, NAME_LENGTH);
    }

    static Column key(String name) {
        return new Column(name, Type.TEXT, false, List.of(), null, null, KEY_LENGTH);
    }

    static Column freeText(String name) {
        return new Column(name, Type.TEXT, false, List.of(), null, null, TEXT_LENGTH);
    }

    static Column integer(String name) {
        return new Column(name, Type.INTEGER, false, List.of(), null, null, 20);
    }

    static Column decimal(String name) {
        return new Column(name, Type.DECIMAL, false, List.of(), null, null, 40);
    }

    static Column bool(String name) {
        return new Column(name, Type.BOOLEAN, false, List.of(), null, null, 5);
    }

    static Column year(String name) {
        return new Column(name, Type.YEAR, false, List.of(), null, null, 4);
    }

    static Column date(String name) {
        return new Column(name, Type.DATE, false, List.of(), null, null, 10);
    }

    static Column oneOf(String name, List<String> allowed) {
        return new Column(name, Type.ENUM, false, List.copyOf(allowed), null, null, KEY_LENGTH);
    }

    static Column list(String name) {
        return new Column(name, Type.LIST, false, List.of(), null, null, (KEY_LENGTH + 1) * MAX_LIST_ITEMS);
    }

    /** A list whose items must each be one of {@code allowed}. */
    static Column listOf(String name, List<String> allowed) {
        return new Column(name, Type.LIST, false, List.copyOf(allowed), null, null, (KEY_LENGTH + 1) * MAX_LIST_ITEMS);
    }

    static Column uscc(String name) {
        // Longer than 18 so that a near-miss gets the USCC check's own message.
        return new Column(name, Type.USCC, false, List.of(), null, null, 40);
    }

    Column required() {
        return new Column(name, type, true, allowed, reference, defaultValue, maxLength);
    }

    Column references(Reference target) {
        return new Column(name, type, isRequired, allowed, target, defaultValue, maxLength);
    }

    Column orElse(Object value) {
        return new Column(name, type, isRequired, allowed, reference, value, maxLength);
    }
}
