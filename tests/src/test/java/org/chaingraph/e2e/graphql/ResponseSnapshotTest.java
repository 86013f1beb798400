package org.chaingraph.e2e.graphql;

import static org.chaingraph.e2e.graphql.SmallDataset.XINGCHI_VEHICLES;

import java.util.Map;

import au.com.origin.snapshots.Expect;
import au.com.origin.snapshots.junit5.SnapshotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Whole responses, compared with the committed snapshots under {@code __snapshots__}: any change in
 * shape, order or values shows up as a diff. To accept an intended change, delete the snapshot
 * and run the test again (never on CI: with {@code CI} set a missing snapshot fails).
 */
@ExtendWith(SnapshotExtension.class)
class ResponseSnapshotTest extends GraphQlApiTest {

    @Test
    void enterpriseWithEveryRelation(Expect expect) {
        expect.serializer("json").toMatchSnapshot(data(graphQl.documentName("enterprise").variable("uscc", XINGCHI_VEHICLES)));
    }

    @Test
    void chainWithSegmentsLeadersAndClusters(Expect expect) {
        expect.serializer("json").toMatchSnapshot(data(graphQl.documentName("chain").variable("id", "CH-NEV")));
    }

    @Test
    void clusterWithFirstPageOfMembers(Expect expect) {
        expect.serializer("json").toMatchSnapshot(data(graphQl.documentName("cluster").variable("id", "CL-JX-NEV").variable("first", 5)));
    }

    @Test
    void challengeWithBids(Expect expect) {
        expect.serializer("json").toMatchSnapshot(data(graphQl.documentName("challenge").variable("id", "CHL-IC-01")));
    }

    @Test
    void eventWithAttendees(Expect expect) {
        expect.serializer("json").toMatchSnapshot(data(graphQl.documentName("event").variable("id", "EV-JX-2025-05")));
    }

    @Test
    void badRequestError(Expect expect) {
        // The whole error as clients see it: message, path, classification; no stack trace.
        // A fixed request id, so the snapshot holds one.
        expect.serializer("json").toMatchSnapshot(graphQl.mutate().header("X-Request-Id", "snapshot-1").build()
                .documentName("enterprises").variable("first", 101).execute()
                .returnResponse().toMap());
    }

    /** The response, after checking it has no errors. */
    private static Map<String, Object> data(GraphQlTester.Request<?> request) {
        var response = request.execute();
        response.errors().verify();
        return response.returnResponse().toMap();
    }
}
