package org.chaingraph.limits;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.parser.ParserOptions;
import org.chaingraph.errors.ErrorCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Limits on the document itself: one longer than {@code chaingraph.limits.max-document-length} is
 * refused ({@code DOCUMENT_TOO_LARGE}) before it is parsed, and the parser of this request stops at
 * {@code max-tokens} (set per request in the GraphQL context, not as graphql-java's global default).
 * Runs inside the interceptor that codes errors, so refusals get the request id too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
final class DocumentLimits implements WebGraphQlInterceptor {

    private final LimitsProperties limits;
    private final ParserOptions parserOptions;

    DocumentLimits(LimitsProperties limits) {
        this.limits = limits;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(builder -> builder
                .maxCharacters(limits.maxDocumentLength())
                .maxTokens(limits.maxTokens()));
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
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
            return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
        }
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(ParserOptions.class, parserOptions)).build());
        return chain.next(request);
    }
}
