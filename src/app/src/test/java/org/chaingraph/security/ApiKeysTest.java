package org.chaingraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void keysAreNamedByPositionOrExplicitlyAndTheAdminTokenIsAnAdminKey() {
        var keys = ApiKeys.parse(" ANALYST:k1 , alice=EDITOR:k2:with:colons,viewer:k3", "tok");
        assertThat(keys.find("k1")).get().extracting(ApiKeys.Key::name, ApiKeys.Key::role).containsExactly("analyst-1", Role.ANALYST);
        assertThat(keys.find("k2:with:colons")).get().extracting(ApiKeys.Key::name, ApiKeys.Key::role).containsExactly("alice", Role.EDITOR);
        assertThat(keys.find("k3")).get().extracting(ApiKeys.Key::role).isEqualTo(Role.VIEWER);
        assertThat(keys.find("tok")).get().extracting(ApiKeys.Key::name, ApiKeys.Key::role).containsExactly("admin-token", Role.ADMIN);
        assertThat(keys.find("k4")).isEmpty();
        assertThat(keys.find("K1")).isEmpty();
    }

    @Test
    void malformedEntriesAndUnknownRolesAreRefusedNamingTheEntry() {
        assertThatThrownBy(() -> ApiKeys.parse("ANALYST:k1,k2", null)).hasMessageContaining("entry 2").hasMessageContaining("ROLE:key");
        assertThatThrownBy(() -> ApiKeys.parse("BOSS:k1", null)).hasMessageContaining("entry 1").hasMessageContaining("unknown role 'BOSS'");
        assertThatThrownBy(() -> ApiKeys.parse("ADMIN:", null)).hasMessageContaining("entry 1");
        assertThat(ApiKeys.parse("", "").isEmpty()).isTrue();
    }

    @Test
    void rolesIncludeTheOnesBelow() {
        assertThat(Role.ADMIN.covers(Role.EDITOR)).isTrue();
        assertThat(Role.EDITOR.covers(Role.ANALYST)).isTrue();
        assertThat(Role.ANALYST.covers(Role.EDITOR)).isFalse();
        assertThat(Role.VIEWER.covers(Role.ANALYST)).isFalse();
        assertThat(Role.parse(" analyst ")).contains(Role.ANALYST);
        assertThat(Role.ofAuthority("ROLE_ADMIN")).contains(Role.ADMIN);
        assertThat(Role.ofAuthority("SCOPE_x")).isEmpty();
    }
}
