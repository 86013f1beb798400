package org.chaingraph.limits;

import java.util.List;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * The estimated cost of an operation, before it runs, from what the schema declares:
 * {@code @cost(weight)} is what resolving a field once weighs (default: 1 for an object field, 0 for
 * a scalar or enum), and a list field multiplies what is below it by its size — the value of its
 * first {@code @listSize(slicingArguments)} argument given, else {@code @listSize(assumedSize)},
 * else the configured default. With {@code sizedFields} (a connection's {@code edges}) the size
 * multiplies those children instead. Also measures depth and counts aliases, in one walk.
 */
final class QueryCost {

    record Measure(long cost, int depth, int aliases) {
    }

    private static final long MAX_PAGE = 100;

    private final GraphQLSchema schema;
    private final int defaultListSize;
    private int depth;
    private int aliases;

    private QueryCost(GraphQLSchema schema, int defaultListSize) {
        this.schema = schema;
        this.defaultListSize = defaultListSize;
    }

    static Measure of(GraphQLSchema schema, List<ExecutableNormalizedField> roots, int defaultListSize) {
        var walk = new QueryCost(schema, defaultListSize);
        long cost = 0;
        for (var root : roots) {
            cost = saturatedAdd(cost, walk.cost(root, false));
        }
        return new Measure(cost, walk.depth, walk.aliases);
    }

    /** {@code sized}: the field is one of its parent's {@code sizedFields}, whose size is already counted. */
    private long cost(ExecutableNormalizedField field, boolean sized) {
        depth = Math.max(depth, field.getLevel());
        if (field.getAlias() != null && !field.getAlias().equals(field.getName())) {
            aliases++;
        }
        if (field.getName().startsWith("__")) {
            // Introspection is bounded by the schema; GraphiQL's own query nests 13 levels.
            return 0;
        }
        GraphQLFieldDefinition definition = field.getFieldDefinitions(schema).get(0);
        var unwrapped = GraphQLTypeUtil.unwrapNonNull(definition.getType());
        boolean leaf = GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(definition.getType()));
        long weight = intArgument(definition.getAppliedDirective("cost"), "weight").orElse(leaf ? 0 : 1);
        var listSize = definition.getAppliedDirective("listSize");
        long size = !sized && (unwrapped instanceof GraphQLList || listSize != null) ? size(field, listSize) : 1;
        List<String> sizedFields = stringsArgument(listSize, "sizedFields");
        long children = 0;
        for (var child : field.getChildren()) {
            boolean sizedChild = sizedFields.contains(child.getName());
            children = saturatedAdd(children, saturatedMultiply(sizedChild ? size : 1, cost(child, sizedChild)));
        }
        long below = sizedFields.isEmpty() ? saturatedMultiply(size, children) : children;
        return saturatedAdd(weight, below);
    }

    private long size(ExecutableNormalizedField field, GraphQLAppliedDirective listSize) {
        Map<String, Object> arguments = field.getResolvedArguments();
        for (String name : stringsArgument(listSize, "slicingArguments")) {
            if (arguments.get(name) instanceof Number n) {
                // Every paged field refuses more than 100 items itself (BAD_REQUEST naming the argument).
                return Math.max(0, Math.min(MAX_PAGE, n.longValue()));
            }
        }
        return intArgument(listSize, "assumedSize").orElse(defaultListSize);
    }

    private static java.util.OptionalLong intArgument(GraphQLAppliedDirective directive, String name) {
        if (directive == null || directive.getArgument(name) == null) {
            return java.util.OptionalLong.empty();
        }
        Object value = directive.getArgument(name).getValue();
        return value instanceof Number n ? java.util.OptionalLong.of(n.longValue()) : java.util.OptionalLong.empty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> stringsArgument(GraphQLAppliedDirective directive, String name) {
        if (directive == null || directive.getArgument(name) == null) {
            return List.of();
        }
        Object value = directive.getArgument(name).getValue();
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    private static long saturatedMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi == 0 && lo >= 0) ? lo : Long.MAX_VALUE;
    }
}
