package org.chaingraph.errors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The outermost GraphQL interceptor: gives every error of every response its stable
 * {@code extensions.code} (from {@link ErrorCode}), the request id, and a message no longer than
 * {@link Messages#MAX_LENGTH}; and counts them by code ({@code chaingraph.graphql.errors{code}}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class GraphQlErrors implements WebGraphQlInterceptor {

    private final MeterRegistry metrics;

    GraphQlErrors(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String requestId = (String) request.getAttributes().get(RequestIds.ATTRIBUTE);
        return chain.next(request).map(response -> withCodes(response, requestId));
    }

    private WebGraphQlResponse withCodes(WebGraphQlResponse response, String requestId) {
        List<GraphQLError> errors = response.getExecutionResult().getErrors();
        if (errors.isEmpty()) {
            return response;
        }
        var coded = new ArrayList<GraphQLError>(errors.size());
        for (GraphQLError error : errors) {
            var extensions = new LinkedHashMap<String, Object>();
            if (error.getExtensions() != null) {
                extensions.putAll(error.getExtensions());
            }
            extensions.putIfAbsent("code", ErrorCode.of(error.getErrorType()).name());
            metrics.counter("chaingraph.graphql.errors", "code", String.valueOf(extensions.get("code"))).increment();
            if (requestId != null) {
                extensions.put("requestId", requestId);
            }
            coded.add(GraphqlErrorBuilder.newError()
                    .message(Messages.truncate(error.getMessage()))
                    .locations(error.getLocations() == null || error.getLocations().isEmpty() ? null : error.getLocations())
                    .path(error.getPath())
                    .errorType(error.getErrorType())
                    .extensions(extensions)
                    .build());
        }
        return response.transform(builder -> builder.errors(coded));
    }
}
