package org.chaingraph.e2e.graphql;

import static org.chaingraph.e2e.graphql.SmallDataset.CHUNENG_PACKS;
import static org.chaingraph.e2e.graphql.SmallDataset.HUAJING_WAFER;
import static org.chaingraph.e2e.graphql.SmallDataset.HUAXIN_PACKAGING;
import static org.chaingraph.e2e.graphql.SmallDataset.WEINA_MATERIALS;
import static org.chaingraph.e2e.graphql.SmallDataset.ZHENGJI_CATHODE;
import static org.chaingraph.e2e.graphql.SmallDataset.ZHIXIN_EQUIPMENT;

import org.junit.jupiter.api.Test;

class ChallengeQueryTest extends GraphQlApiTest {

    @Test
    void challengeHasItsIssuerSegmentCapabilitiesAndBidsInSubmissionOrder() {
        var challenge = graphQl.documentName("challenge").variable("id", "CHL-IC-01").execute();

        challenge.path("challenge.title").entity(String.class).isEqualTo("先进封装键合设备国产化");
        challenge.path("challenge.budget").entity(Double.class).isEqualTo(1200.5);
        challenge.path("challenge.deadline").entity(String.class).isEqualTo("2024-12-31");
        challenge.path("challenge.status").entity(String.class).isEqualTo("AWARDED");
        challenge.path("challenge.issuer.uscc").entity(String.class).isEqualTo(HUAJING_WAFER);
        challenge.path("challenge.segment.id").entity(String.class).isEqualTo("IC-EQUIP");
        challenge.path("challenge.segment.chain.id").entity(String.class).isEqualTo("CH-IC");
        challenge.path("challenge.capabilities").entityList(String.class).containsExactly("精密运动控制");
        challenge.path("challenge.bids[*].enterprise.uscc").entityList(String.class)
                .containsExactly(ZHIXIN_EQUIPMENT, WEINA_MATERIALS, HUAXIN_PACKAGING);
        challenge.path("challenge.bids[*].submitted").entityList(String.class).containsExactly("2024-09-01", "2024-09-15", "2024-10-01");
        challenge.path("challenge.bids[*].outcome").entityList(String.class).containsExactly("WON", "LOST", "LOST");
    }

    @Test
    void bidWithoutOutcomeIsPending() {
        var challenge = graphQl.documentName("challenge").variable("id", "CHL-NEV-01").execute();

        challenge.path("challenge.status").entity(String.class).isEqualTo("OPEN");
        challenge.path("challenge.bids[*].enterprise.uscc").entityList(String.class).containsExactly(CHUNENG_PACKS, ZHENGJI_CATHODE);
        challenge.path("challenge.bids[*].outcome").entityList(String.class).containsExactly("PENDING", "PENDING");
    }

    @Test
    void unknownChallengeIsNull() {
        graphQl.documentName("challenge").variable("id", "CHL-NONE").execute().path("challenge").valueIsNull();
    }
}
