package org.chaingraph.e2e.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.neo4j.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.SecurityException;

/** The embedded store's loopback Bolt port answers only to the password ChainGraph keeps next to the store. */
class EmbeddedAuthTest {

    @Test
    void onlyTheKeptPasswordOpensTheBoltPortAndItSurvivesARestart() throws Exception {
        var home = EmbeddedStore.tempDirectory("embedded-auth").resolve("neo4j");
        String password;
        try (var neo4j = EmbeddedNeo4j.start(home, 0, "32m")) {
            password = neo4j.password();
            var file = home.resolve(EmbeddedNeo4j.PASSWORD_FILE);
            assertThat(Files.readString(file).strip()).isEqualTo(password).hasSizeGreaterThanOrEqualTo(24);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            for (var token : new org.neo4j.driver.AuthToken[] {AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
                    AuthTokens.basic("neo4j", password + "x")}) {
                try (var driver = GraphDatabase.driver(neo4j.boltUri(), token)) {
                    assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(SecurityException.class);
                }
            }
            try (var driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
                assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt()).isEqualTo(1);
            }
        }
        try (var neo4j = EmbeddedNeo4j.start(home, 0, "32m");
             var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", password))) {
            assertThat(neo4j.password()).isEqualTo(password);
            driver.verifyConnectivity();
        }
    }
}
