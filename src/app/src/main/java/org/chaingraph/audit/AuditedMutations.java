package org.chaingraph.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import org.chaingraph.errors.Failures;
import org.chaingraph.graphql.FieldWrapper;
import org.chaingraph.security.Caller;
import org.chaingraph.security.CallerInterceptor;
import org.chaingraph.security.Role;
import org.chaingraph.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Records every mutation in the audit trail, whatever its outcome: done (OK), refused for its role
 * (FORBIDDEN: registered after the field-access check (order 0), this wraps it) or failed with its error code.
 * The ids it touched are its ID arguments (also inside its input) and the id of what it returned.
 * Wraps the data fetchers of {@code Mutation}'s fields when the schema is built ({@link FieldWrapper}).
 */
@Component
@Order(1)
final class AuditedMutations extends FieldWrapper {

    private final AuditTrail audit;
    private final Role anonymousRole;

    AuditedMutations(AuditTrail audit, SecurityProperties security) {
        this.audit = audit;
        this.anonymousRole = security.anonymous().orElse(Role.VIEWER);
    }

    @Override
    protected DataFetcher<?> wrap(GraphQLObjectType parent, GraphQLFieldDefinition field, DataFetcher<?> original) {
        return parent.getName().equals("Mutation") ? audited(original) : null;
    }

    private DataFetcher<?> audited(DataFetcher<?> dataFetcher) {
        return env -> {
            Caller caller = CallerInterceptor.caller(env.getGraphQlContext(), anonymousRole);
            String operation = env.getField().getName();
            List<String> affected = idArguments(env);
            Object result;
            try {
                result = dataFetcher.get(env);
            } catch (Exception e) {
                audit.record(caller, operation, env.getArguments(), affected, Failures.codeOf(e).name());
                throw e;
            }
            // Controller methods are invoked through Spring's data fetchers, which report a thrown
            // exception as a failed Mono.
            if (result instanceof Mono<?> mono) {
                return mono.doOnSuccess(value -> recordResult(caller, operation, env, affected, value, null))
                        .doOnError(error -> recordResult(caller, operation, env, affected, null, error));
            }
            if (result instanceof CompletionStage<?> stage) {
                return stage.whenComplete((value, error) -> recordResult(caller, operation, env, affected, value, error));
            }
            recordResult(caller, operation, env, affected, result, null);
            return result;
        };
    }

    private void recordResult(Caller caller, String operation, DataFetchingEnvironment env, List<String> affected, Object result, Throwable error) {
        String outcome = "OK";
        Object value = result;
        if (error != null) {
            outcome = Failures.codeOf(error).name();
        } else if (result instanceof DataFetcherResult<?> wrapped) {
            value = wrapped.getData();
            if (!wrapped.getErrors().isEmpty()) {
                Object code = wrapped.getErrors().get(0).getExtensions() == null ? null : wrapped.getErrors().get(0).getExtensions().get("code");
                outcome = code == null ? "ERROR" : code.toString();
            }
        }
        var ids = new ArrayList<>(affected);
        String id = idOf(value);
        if (id != null && !ids.contains(id)) {
            ids.add(id);
        }
        audit.record(caller, operation, env.getArguments(), ids, outcome);
    }

    private static List<String> idArguments(DataFetchingEnvironment env) {
        var ids = new ArrayList<String>();
        for (var argument : env.getFieldDefinition().getArguments()) {
            collect(argument.getType(), env.getArguments().get(argument.getName()), ids);
        }
        return ids;
    }

    private static void collect(GraphQLInputType type, Object value, List<String> ids) {
        if (value == null) {
            return;
        }
        var unwrapped = GraphQLTypeUtil.unwrapAll(type);
        if (unwrapped instanceof GraphQLScalarType scalar && "ID".equals(scalar.getName())) {
            ids.addAll(AuditTrail.ids(value));
        } else if (unwrapped instanceof GraphQLInputObjectType input && value instanceof Map<?, ?> fields) {
            for (var field : input.getFieldDefinitions()) {
                collect(field.getType(), fields.get(field.getName()), ids);
            }
        }
    }

    /** The {@code id} of a returned record (a published challenge's new id), if it has one. */
    private static String idOf(Object value) {
        if (value == null || !value.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (component.getName().equals("id")) {
                try {
                    Object id = component.getAccessor().invoke(value);
                    return id == null ? null : id.toString();
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
