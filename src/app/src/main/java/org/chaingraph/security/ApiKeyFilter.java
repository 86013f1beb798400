package org.chaingraph.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chaingraph.errors.ErrorBody;
import org.chaingraph.errors.ErrorCode;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API key sent as {@code X-API-Key: <key>} or {@code Authorization: Bearer <key>}.
 * A bearer value that is no key but looks like a JWT is left to the JWT filter when JWTs are
 * configured; any other unknown credential is refused with 401 — a mistyped key never falls back
 * to anonymous access silently.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final ApiKeys keys;
    private final boolean jwtEnabled;

    ApiKeyFilter(ApiKeys keys, boolean jwtEnabled) {
        this.keys = keys;
        this.jwtEnabled = jwtEnabled;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String apiKey = request.getHeader(HEADER);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : null;
        String presented = apiKey != null ? apiKey : bearer;
        if (presented == null) {
            if (authorization != null) {
                ErrorBody.write(request, response, ErrorCode.UNAUTHENTICATED,
                        "the Authorization header must be 'Bearer <API key or JWT>'");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        var key = keys.find(presented);
        if (key.isPresent()) {
            SecurityContextHolder.getContext().setAuthentication(new KeyAuthentication(key.get()));
            chain.doFilter(request, response);
            return;
        }
        if (apiKey == null && jwtEnabled && presented.chars().filter(c -> c == '.').count() == 2) {
            chain.doFilter(request, response);
            return;
        }
        ErrorBody.write(request, response, ErrorCode.UNAUTHENTICATED, keys.isEmpty()
                ? "this server has no API keys configured (CHAINGRAPH_API_KEYS, CHAINGRAPH_ADMIN_TOKEN), so the credential sent is not valid"
                : "the API key is not valid");
    }

    /** An authenticated API key: its name is the principal, its role the one authority. */
    static final class KeyAuthentication extends AbstractAuthenticationToken {
        private final String name;

        KeyAuthentication(ApiKeys.Key key) {
            super(List.of(new SimpleGrantedAuthority(key.role().authority())));
            this.name = key.name();
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return name;
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
