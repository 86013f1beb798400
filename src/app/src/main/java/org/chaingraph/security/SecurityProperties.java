package org.chaingraph.security;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code chaingraph.security.*}: API keys ({@code CHAINGRAPH_API_KEYS}, comma-separated
 * {@code ROLE:key} or {@code name=ROLE:key}), the role of callers without credentials
 * ({@code CHAINGRAPH_ANONYMOUS_ROLE}: a role, or {@code NONE} to refuse them with 401) and JWT
 * verification (HS256 with {@code CHAINGRAPH_JWT_SECRET}, or keys from {@code CHAINGRAPH_JWT_JWKS_URI}).
 * The legacy {@code chaingraph.admin-token} stays an ADMIN key.
 */
@ConfigurationProperties("chaingraph.security")
public record SecurityProperties(String apiKeys, String anonymousRole, Jwt jwt, String corsOrigins) {

    public record Jwt(String secret, URI jwksUri, String rolesClaim) {
        public Jwt {
            secret = secret == null || secret.isBlank() ? null : secret;
            rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        }

        boolean enabled() {
            return secret != null || jwksUri != null;
        }
    }

    public SecurityProperties {
        apiKeys = apiKeys == null ? "" : apiKeys;
        anonymousRole = anonymousRole == null || anonymousRole.isBlank() ? "VIEWER" : anonymousRole.strip();
        jwt = jwt == null ? new Jwt(null, null, null) : jwt;
        corsOrigins = corsOrigins == null ? "" : corsOrigins;
    }

    /** The role anonymous callers get, or empty when they are refused ({@code NONE}). */
    public java.util.Optional<Role> anonymous() {
        if ("NONE".equalsIgnoreCase(anonymousRole)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Role.parse(anonymousRole).orElseThrow(() -> new IllegalArgumentException(
                "chaingraph.security.anonymous-role (CHAINGRAPH_ANONYMOUS_ROLE): '" + anonymousRole
                        + "' is not one of VIEWER, ANALYST, EDITOR, ADMIN, NONE")));
    }
}
