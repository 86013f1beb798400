package org.chaingraph.observability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Tags the {@code graphql.request} timer with the operation's name ({@code graphql.operation.name}),
 * so latency and errors show per operation (Spring for GraphQL keeps the name out of metrics).
 * Clients choose the names, so a metric's series stay bounded: the first {@value #MAX_NAMES} names
 * seen are kept, every later one counts as {@code other}; an unnamed operation is {@code anonymous}.
 */
@Component
public final class OperationNames extends DefaultExecutionRequestObservationConvention {

    static final int MAX_NAMES = 200;
    static final String KEY = "graphql.operation.name";
    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");
    private static final Pattern COMMENT = Pattern.compile("#[^\\n\\r]*");
    private static final Pattern DEFINITION = Pattern.compile("\\b(?:query|mutation|subscription)\\s+([_A-Za-z][_0-9A-Za-z]*)");

    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    @Override
    public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
        var input = context.getExecutionInput();
        return super.getLowCardinalityKeyValues(context).and(KeyValue.of(KEY, bounded(of(input.getOperationName(), input.getQuery()))));
    }

    /**
     * The operation's name: the request's {@code operationName}, else the name of the document's first
     * operation (clients often send a single named operation without repeating its name); null if none.
     */
    public static String of(String operationName, String document) {
        if (operationName != null && !operationName.isEmpty()) {
            return operationName;
        }
        if (document == null) {
            return null;
        }
        var definition = DEFINITION.matcher(COMMENT.matcher(document).replaceAll(""));
        return definition.find() ? definition.group(1) : null;
    }

    String bounded(String name) {
        if (name == null || name.isEmpty()) {
            return "anonymous";
        }
        if (!NAME.matcher(name).matches()) {
            return "other";
        }
        if (seen.contains(name) || seen.size() < MAX_NAMES && seen.add(name)) {
            return name;
        }
        return "other";
    }
}
