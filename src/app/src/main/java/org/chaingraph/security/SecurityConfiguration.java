package org.chaingraph.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.chaingraph.errors.ErrorBody;
import org.chaingraph.errors.ErrorCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may call what, in one place: API keys and JWTs authenticate; anonymous callers get
 * {@code CHAINGRAPH_ANONYMOUS_ROLE} (or 401 with {@code NONE}); {@code /admin/**} and {@code /actuator/prometheus} need ADMIN, the cultivation and incentive downloads ANALYST, and
 * everything else VIEWER; GraphQL fields declare their own role with {@code @requires}
 * ({@link FieldAccess}). Stateless: no sessions, no cookies, so no CSRF surface.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String[] OPEN = {"/actuator/health", "/actuator/health/**", "/graphiql", "/graphiql.html", "/webjars/**", "/error"};
    /** Writes to the store, and the metrics (they name callers' operations and the store's size). */
    private static final String[] ADMIN_ONLY = {"/admin/**", "/actuator/prometheus"};
    /** Downloads holding firms' figures and money: what GraphQL shows ANALYSTs only ({@code @requires(role: ANALYST)}). */
    private static final String[] ANALYST_ONLY = {"/reports/cultivation/**", "/reports/incentives/**"};

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR\nROLE_EDITOR > ROLE_ANALYST\nROLE_ANALYST > ROLE_VIEWER");
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProperties properties, @Value("${chaingraph.admin-token:}") String adminToken,
                            @Value("${chaingraph.security.frame-ancestors:'self'}") String frameAncestors) throws Exception {
        var keys = ApiKeys.parse(properties.apiKeys(), adminToken);
        var anonymousRole = properties.anonymous();
        boolean jwt = properties.jwt().enabled();
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(cors -> cors.configurationSource(cors(properties.corsOrigins())))
                .headers(headers -> headers
                        .xssProtection(x -> x.headerValue(XXssProtectionHeaderWriter.HeaderValue.DISABLED))
                        .frameOptions(frame -> frame.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self' 'unsafe-inline'; "
                                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                                + "frame-ancestors " + frameAncestors)))
                .addFilterBefore(new ApiKeyFilter(keys, jwt), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new CallerFilter(), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN).permitAll()
                        .requestMatchers(ADMIN_ONLY).hasRole(Role.ADMIN.name())
                        .requestMatchers(ANALYST_ONLY).hasRole(Role.ANALYST.name())
                        .anyRequest().hasRole(Role.VIEWER.name()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ErrorBody.write(request, response, ErrorCode.UNAUTHENTICATED,
                                (adminOnly(request.getRequestURI()) ? "admin endpoints need role ADMIN: "
                                        : analystOnly(request.getRequestURI()) ? "this download holds firms' figures and needs role ANALYST: "
                                        : "authentication required: ")
                                        + "send an API key (X-API-Key or Authorization: Bearer) or a JWT"))
                        .accessDeniedHandler((request, response, e) -> ErrorBody.write(request, response, ErrorCode.FORBIDDEN,
                                adminOnly(request.getRequestURI()) ? "admin endpoints need role ADMIN"
                                        : analystOnly(request.getRequestURI()) ? "this download holds firms' figures: it needs role ANALYST"
                                        : "this needs role VIEWER")));
        if (anonymousRole.isPresent()) {
            http.anonymous(anonymous -> anonymous.authorities(anonymousRole.get().authority()));
        } else {
            http.anonymous(AbstractHttpConfigurer::disable);
        }
        if (jwt) {
            var bearer = new DefaultBearerTokenResolver();
            http.oauth2ResourceServer(server -> server
                    // A bearer value already authenticated as an API key is not a JWT to decode.
                    .bearerTokenResolver(request -> SecurityContextHolder.getContext().getAuthentication() != null ? null : bearer.resolve(request))
                    .jwt(j -> j.decoder(decoder(properties.jwt())).jwtAuthenticationConverter(converter(properties.jwt().rolesClaim())))
                    .authenticationEntryPoint((request, response, e) -> ErrorBody.write(request, response, ErrorCode.UNAUTHENTICATED,
                            "the bearer token is neither an API key nor a valid JWT: " + e.getMessage())));
        }
        return http.build();
    }

    private static boolean adminOnly(String path) {
        return path.startsWith("/admin/") || path.equals("/actuator/prometheus");
    }

    private static boolean analystOnly(String path) {
        return path.startsWith("/reports/cultivation/") || path.startsWith("/reports/incentives/");
    }

    private static JwtDecoder decoder(SecurityProperties.Jwt jwt) {
        if (jwt.jwksUri() != null) {
            return NimbusJwtDecoder.withJwkSetUri(jwt.jwksUri().toString()).build();
        }
        byte[] secret = jwt.secret().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (secret.length < 32) {
            throw new IllegalArgumentException("CHAINGRAPH_JWT_SECRET must be at least 32 bytes for HS256, got " + secret.length);
        }
        return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256")).macAlgorithm(MacAlgorithm.HS256).build();
    }

    /** Roles from the JWT's roles claim (a list or a space/comma-separated string); VIEWER when it names none. */
    private static Converter<Jwt, AbstractAuthenticationToken> converter(String rolesClaim) {
        return token -> {
            Object claim = token.getClaims().get(rolesClaim);
            Collection<String> names = claim instanceof Collection<?> list ? list.stream().map(String::valueOf).toList()
                    : claim instanceof String s ? Arrays.asList(s.split("[,\\s]+")) : List.of();
            List<GrantedAuthority> authorities = new ArrayList<>();
            names.stream().map(Role::parse).flatMap(java.util.Optional::stream).distinct()
                    .forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
            if (authorities.isEmpty()) {
                authorities.add(new SimpleGrantedAuthority(Role.VIEWER.authority()));
            }
            return new JwtAuthenticationToken(token, authorities, token.getSubject());
        };
    }

    /** CORS for the origins in {@code CHAINGRAPH_CORS_ORIGINS} (comma-separated; none by default). */
    private static UrlBasedCorsConfigurationSource cors(String origins) {
        var source = new UrlBasedCorsConfigurationSource();
        var allowed = Arrays.stream(origins.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (!allowed.isEmpty()) {
            var configuration = new CorsConfiguration();
            configuration.setAllowedOrigins(allowed);
            configuration.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
            configuration.setAllowedHeaders(List.of("Authorization", "X-API-Key", "Content-Type", "X-Request-Id"));
            configuration.setExposedHeaders(List.of("X-Request-Id", "Retry-After"));
            configuration.setMaxAge(3600L);
            for (String path : List.of("/graphql", "/graphql/**", "/maps/**", "/events/**", "/shortlists/**", "/reports/**")) {
                source.registerCorsConfiguration(path, configuration);
            }
        }
        return source;
    }
}
