package org.chaingraph.errors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.chaingraph.limits.LimitsProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The outermost GraphQL interceptor: refuses a document longer than allowed before it is parsed,
 * and gives every error of every response its stable {@code extensions.code} (from
 * {@link ErrorCode}), the request id, and a message no longer than {@link Messages#MAX_LENGTH}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class GraphQlErrors implements WebGraphQlInterceptor {

    private final LimitsProperties limits;

    GraphQlErrors(LimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String requestId = (String) request.getAttributes().get(RequestIds.ATTRIBUTE);
        String document = request.getDocument();
        if (document != null && document.length() > limits.maxDocumentLength()) {
            GraphQLError error = GraphqlErrorBuilder.newError()
                    .message("the document has " + document.length() + " characters, above the maximum of "
                            + limits.maxDocumentLength() + " (chaingraph.limits.max-document-length)")
                    .errorType(ErrorCode.DOCUMENT_TOO_LARGE.classification())
                    .extensions(Map.of("code", ErrorCode.DOCUMENT_TOO_LARGE.name(), "limit", "max-document-length",
                            "value", document.length(), "maximum", limits.maxDocumentLength()))
                    .build();
            var result = ExecutionResult.newExecutionResult().addError(error).build();
            return Mono.just(withCodes(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)), requestId));
        }
        return chain.next(request).map(response -> withCodes(response, requestId));
    }

    private static WebGraphQlResponse withCodes(WebGraphQlResponse response, String requestId) {
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
