package org.chaingraph.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a caller may do, each role including the ones below it: VIEWER reads the graph without firms'
 * figures, ANALYST also reads revenue, R&D, headcount, growth and incentive amounts, EDITOR also
 * writes (every mutation), ADMIN also imports datasets and reads the audit trail. Declared on
 * schema fields with {@code @requires(role: …)} (docs/security.md).
 */
public enum Role {
    VIEWER, ANALYST, EDITOR, ADMIN;

    /** The Spring Security authority granted for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** True when a caller with this role may do what {@code needed} allows. */
    public boolean covers(Role needed) {
        return compareTo(needed) >= 0;
    }

    /** {@code name} case-insensitively, if it names a role. */
    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The role a Spring Security authority stands for, if any. */
    public static Optional<Role> ofAuthority(String authority) {
        return authority != null && authority.startsWith("ROLE_") ? parse(authority.substring(5)) : Optional.empty();
    }
}
