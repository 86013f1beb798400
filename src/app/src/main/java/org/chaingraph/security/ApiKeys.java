package org.chaingraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configured API keys: {@code CHAINGRAPH_API_KEYS} entries {@code ROLE:key} (named
 * {@code role-N} by position) or {@code name=ROLE:key}, plus the admin token as key {@code admin-token}.
 * A key is looked up in constant time per entry: keys are secrets.
 */
final class ApiKeys {

    record Key(String name, Role role, byte[] secret) {
    }

    private final List<Key> keys;

    private ApiKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    static ApiKeys parse(String spec, String adminToken) {
        var keys = new ArrayList<Key>();
        int position = 0;
        for (String entry : spec == null ? new String[0] : spec.split(",")) {
            String item = entry.strip();
            if (item.isEmpty()) {
                continue;
            }
            position++;
            String name = null;
            int eq = item.indexOf('=');
            int colon = item.indexOf(':');
            if (eq > 0 && (colon < 0 || eq < colon)) {
                name = item.substring(0, eq).strip();
                item = item.substring(eq + 1).strip();
                colon = item.indexOf(':');
            }
            if (colon <= 0 || colon == item.length() - 1) {
                throw new IllegalArgumentException("CHAINGRAPH_API_KEYS entry " + position
                        + ": expected ROLE:key or name=ROLE:key (roles VIEWER, ANALYST, EDITOR, ADMIN)");
            }
            String roleName = item.substring(0, colon);
            int at = position;
            Role role = Role.parse(roleName).orElseThrow(() -> new IllegalArgumentException("CHAINGRAPH_API_KEYS entry " + at
                    + ": unknown role '" + roleName + "' (roles VIEWER, ANALYST, EDITOR, ADMIN)"));
            String secret = item.substring(colon + 1).strip();
            keys.add(new Key(name == null || name.isEmpty() ? role.name().toLowerCase() + "-" + position : name,
                    role, secret.getBytes(StandardCharsets.UTF_8)));
        }
        if (adminToken != null && !adminToken.isBlank()) {
            keys.add(new Key("admin-token", Role.ADMIN, adminToken.strip().getBytes(StandardCharsets.UTF_8)));
        }
        return new ApiKeys(keys);
    }

    Optional<Key> find(String presented) {
        byte[] bytes = presented.strip().getBytes(StandardCharsets.UTF_8);
        Key found = null;
        for (Key key : keys) {
            // Every entry is compared, so the time taken does not tell which one matched.
            if (MessageDigest.isEqual(bytes, key.secret()) && found == null) {
                found = key;
            }
        }
        return Optional.ofNullable(found);
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }
}
