package org.chaingraph.e2e.graphql;

import java.time.Duration;

import org.chaingraph.e2e.SmallDatasetTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the GraphQL end-to-end tests: real HTTP to {@code /graphql} on the random port, over the
 * small dataset. Operations are the documents under {@code graphql-test/}, reused across tests.
 */
abstract class GraphQlApiTest extends SmallDatasetTest {

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void connect() {
        var client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/graphql")
                .responseTimeout(Duration.ofSeconds(30))
                .build();
        graphQl = HttpGraphQlTester.create(client);
    }

    /** A BAD_REQUEST error whose message names the argument first, as the API promises. */
    static boolean badRequestNaming(ResponseError error, String argument) {
        return error.getErrorType() == ErrorType.BAD_REQUEST && error.getMessage() != null
                && error.getMessage().startsWith(argument + ": ");
    }
}
