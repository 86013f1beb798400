package org.chaingraph.e2e.gaps;

import static org.chaingraph.e2e.gaps.GapDataset.HANGZHOU;
import static org.chaingraph.e2e.gaps.GapDataset.YEAR;

import au.com.origin.snapshots.Expect;
import au.com.origin.snapshots.junit5.SnapshotExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whole answers over datasets/gaps, compared with the committed snapshots: any change in shape,
 * order, figures or drawing shows up as a diff (the rule tests say why each value is right).
 */
@ExtendWith(SnapshotExtension.class)
class GapSnapshotTest extends GapApiTest {

    @Test
    void reportOfHangzhou(Expect expect) {
        expect.serializer("json").toMatchSnapshot(report("gx", HANGZHOU, YEAR, 3));
    }

    @Test
    void mapOfHangzhou(Expect expect) {
        expect.serializer("json").toMatchSnapshot(graphQl.documentName("gaps/chainMap").variable("chainId", "gx")
                .variable("regionCode", HANGZHOU).variable("year", YEAR).execute().returnResponse().toMap());
    }

    @Test
    void svgOfHangzhou(Expect expect) {
        expect.toMatchSnapshot(http.get().uri("/maps/gx.svg?region={region}&year={year}", HANGZHOU, YEAR).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }
}
