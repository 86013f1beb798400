package org.chaingraph.security;

import java.util.Map;

import graphql.GraphQLContext;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Hands the request's {@link Caller} (set by {@link CallerFilter}) to GraphQL handlers through the GraphQL context. */
@Component
public final class CallerInterceptor implements WebGraphQlInterceptor {

    private static final String KEY = Caller.class.getName();

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Object caller = request.getAttributes().get(Caller.ATTRIBUTE);
        if (caller != null) {
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(KEY, caller)).build());
        }
        return chain.next(request);
    }

    /** The caller of the request that {@code context} belongs to; anonymous with {@code fallback} outside HTTP. */
    public static Caller caller(GraphQLContext context, Role fallback) {
        Caller caller = context.get(KEY);
        return caller != null ? caller : Caller.anonymous(fallback);
    }
}
