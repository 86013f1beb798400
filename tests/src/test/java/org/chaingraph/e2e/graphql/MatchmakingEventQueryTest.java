package org.chaingraph.e2e.graphql;

import static org.chaingraph.e2e.graphql.SmallDataset.CHUNENG_PACKS;
import static org.chaingraph.e2e.graphql.SmallDataset.HENGNENG_BATTERY;
import static org.chaingraph.e2e.graphql.SmallDataset.HUAJING_WAFER;
import static org.chaingraph.e2e.graphql.SmallDataset.NANHU_MOTOR;
import static org.chaingraph.e2e.graphql.SmallDataset.XINGCHI_VEHICLES;
import static org.chaingraph.e2e.graphql.SmallDataset.XINTU_MICRO;
import static org.chaingraph.e2e.graphql.SmallDataset.XIUZHOU_CONTROLS;
import static org.chaingraph.e2e.graphql.SmallDataset.ZHENGJI_CATHODE;

import org.junit.jupiter.api.Test;

class MatchmakingEventQueryTest extends GraphQlApiTest {

    @Test
    void eventHasItsRegionChainAndAttendeesDemandFirst() {
        var event = graphQl.documentName("event").variable("id", "EV-JX-2025-05").execute();

        event.path("event.name").entity(String.class).isEqualTo("嘉兴新能源汽车产业链融通对接会");
        event.path("event.date").entity(String.class).isEqualTo("2025-05-20");
        event.path("event.theme").entity(String.class).isEqualTo("一月一链");
        event.path("event.region.code").entity(String.class).isEqualTo("330400");
        event.path("event.chain.id").entity(String.class).isEqualTo("CH-NEV");
        event.path("event.attendees[*].side").entityList(String.class)
                .containsExactly("DEMAND", "DEMAND", "SUPPLY", "SUPPLY", "SUPPLY", "SUPPLY");
        event.path("event.attendees[*].enterprise.uscc").entityList(String.class)
                .containsExactly(XINGCHI_VEHICLES, HENGNENG_BATTERY, NANHU_MOTOR, ZHENGJI_CATHODE, XIUZHOU_CONTROLS, CHUNENG_PACKS);
    }

    @Test
    void eventWithoutChain() {
        graphQl.documentName("event").variable("id", "EV-PD-2025-09").execute()
                .path("event.chain").valueIsNull()
                .path("event.attendees[*].enterprise.uscc").entityList(String.class).containsExactly(HUAJING_WAFER, XINTU_MICRO);
    }

    @Test
    void unknownEventIsNull() {
        graphQl.documentName("event").variable("id", "EV-NONE").execute().path("event").valueIsNull();
    }
}
