package org.chaingraph.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who sent a request, as the rest of the application sees it: a name for the audit trail (the API
 * key's name, a JWT's subject, or {@code anonymous}) and the role. Set once per HTTP request by
 * {@link CallerFilter}; GraphQL handlers find it in the GraphQL context.
 */
public record Caller(String name, Role role, boolean authenticated) {

    static final String ATTRIBUTE = Caller.class.getName();

    public static Caller anonymous(Role role) {
        return new Caller("anonymous", role, false);
    }

    /**
     * Whoever runs {@code chaingraph import} on the machine: the operating-system user. Access to
     * the store's directory (or the database's credentials) is an ADMIN's power.
     */
    public static Caller commandLine() {
        return new Caller("cli:" + System.getProperty("user.name", "unknown"), Role.ADMIN, true);
    }

    /** The caller of {@code request}, once the security filters have run. */
    public static Optional<Caller> of(HttpServletRequest request) {
        return Optional.ofNullable((Caller) request.getAttribute(ATTRIBUTE));
    }

    /** How error messages describe this caller. */
    public String describe() {
        return authenticated ? name + " (" + role + ")" : "anonymous (" + role + ")";
    }
}
