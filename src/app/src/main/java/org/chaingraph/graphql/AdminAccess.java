package org.chaingraph.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import graphql.GraphQLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who may write: a request carrying {@code Authorization: Bearer <CHAINGRAPH_ADMIN_TOKEN>}. With no
 * token configured every mutation is refused (safe default). Reads need no token. Mutation handlers
 * call {@link #require(GraphQLContext)} first, so a refused write changes nothing.
 */
@Component
public final class AdminAccess implements WebGraphQlInterceptor {

    static final String CONTEXT_KEY = AdminAccess.class.getName() + ".verdict";

    private enum Verdict { GRANTED, NO_TOKEN_CONFIGURED, MISSING, WRONG }

    private final byte[] token;

    AdminAccess(@Value("${chaingraph.admin-token:}") String token) {
        this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Verdict verdict = verdict(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(CONTEXT_KEY, verdict)).build());
        return chain.next(request);
    }

    /** Throws unless the request carried the admin bearer token. */
    public void require(GraphQLContext context) {
        enforce(context.getOrDefault(CONTEXT_KEY, Verdict.MISSING), "mutations");
    }

    /** Throws unless {@code authorization} (an HTTP header value) carries the admin bearer token; for REST endpoints. */
    public void requireHeader(String authorization) {
        enforce(verdict(authorization), "admin endpoints");
    }

    private static void enforce(Verdict verdict, String what) {
        switch (verdict) {
            case GRANTED -> { }
            case NO_TOKEN_CONFIGURED -> throw new ForbiddenException(
                    what + " are disabled: the server has no CHAINGRAPH_ADMIN_TOKEN configured");
            case MISSING -> throw new ForbiddenException(what + " need the header 'Authorization: Bearer <admin token>'");
            case WRONG -> throw new ForbiddenException("the bearer token is not valid");
        }
    }

    private Verdict verdict(String authorization) {
        if (token == null) {
            return Verdict.NO_TOKEN_CONFIGURED;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Verdict.MISSING;
        }
        byte[] presented = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the token is a secret.
        return MessageDigest.isEqual(presented, token) ? Verdict.GRANTED : Verdict.WRONG;
    }
}
