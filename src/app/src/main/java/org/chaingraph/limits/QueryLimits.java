package org.chaingraph.limits;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.ExecutionResult;
import org.chaingraph.errors.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * Refuses an operation before anything runs when it defines too many operations, nests too
 * deep, has too many aliases or is estimated too costly ({@link QueryCost}); each refusal is one
 * error whose code names the limit ({@code QUERY_TOO_DEEP}, {@code QUERY_TOO_COSTLY},
 * {@code TOO_MANY_ALIASES}, {@code TOO_MANY_OPERATIONS}) with the value and the maximum.
 */
@Component
final class QueryLimits extends SimplePerformantInstrumentation {

    /** Beyond this many fields once fragments are expanded the cost is not even computed. */
    private static final int MAX_EXPANDED_FIELDS = 100_000;

    private final LimitsProperties limits;

    QueryLimits(LimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        var context = parameters.getExecutionContext();
        int operations = context.getDocument().getDefinitionsOfType(OperationDefinition.class).size();
        check(ErrorCode.TOO_MANY_OPERATIONS, "number of operations in the document", "max-operations", operations, limits.maxOperations());
        QueryCost.Measure measure;
        try {
            var operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(
                    context.getGraphQLSchema(), context.getOperationDefinition(), context.getFragmentsByName(),
                    context.getCoercedVariables(),
                    ExecutableNormalizedOperationFactory.Options.defaultOptions().maxFieldsCount(MAX_EXPANDED_FIELDS));
            measure = QueryCost.of(context.getGraphQLSchema(), operation.getTopLevelFields(), limits.defaultListSize());
        } catch (AbortExecutionException e) {
            throw refusal(ErrorCode.QUERY_TOO_COSTLY, "the operation expands to more than " + MAX_EXPANDED_FIELDS
                    + " fields once its fragments are spread", "max-cost", MAX_EXPANDED_FIELDS + 1L, limits.maxCost());
        }
        check(ErrorCode.QUERY_TOO_DEEP, "depth", "max-depth", measure.depth(), limits.maxDepth());
        check(ErrorCode.TOO_MANY_ALIASES, "number of aliased fields", "max-aliases", measure.aliases(), limits.maxAliases());
        check(ErrorCode.QUERY_TOO_COSTLY, "estimated cost", "max-cost", measure.cost(), limits.maxCost());
        return super.beginExecuteOperation(parameters, state);
    }

    private static void check(ErrorCode code, String what, String limit, long value, long maximum) {
        if (value > maximum) {
            String shown = value == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : Long.toString(value);
            throw refusal(code, "the " + what + " is " + shown + ", above the maximum of " + maximum
                    + " (chaingraph.limits." + limit + ")", limit, value, maximum);
        }
    }

    private static AbortExecutionException refusal(ErrorCode code, String message, String limit, long value, long maximum) {
        GraphQLError error = GraphqlErrorBuilder.newError()
                .message(message)
                .errorType((ErrorClassification) code.classification())
                .extensions(Map.of("code", code.name(), "limit", limit, "value", value, "maximum", maximum))
                .build();
        return new AbortExecutionException(java.util.List.of(error));
    }
}
