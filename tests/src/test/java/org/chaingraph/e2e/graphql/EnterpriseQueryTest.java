package org.chaingraph.e2e.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chaingraph.e2e.graphql.SmallDataset.HENGNENG_BATTERY;
import static org.chaingraph.e2e.graphql.SmallDataset.LIYUAN_MINING;
import static org.chaingraph.e2e.graphql.SmallDataset.NANHU_MOTOR;
import static org.chaingraph.e2e.graphql.SmallDataset.XINGCHI_VEHICLES;
import static org.chaingraph.e2e.graphql.SmallDataset.ZHENGJI_CATHODE;

import java.util.Map;

import org.chaingraph.enterprises.Uscc;
import org.junit.jupiter.api.Test;

class EnterpriseQueryTest extends GraphQlApiTest {

    @Test
    void enterpriseByUsccHasItsPropertiesAndEveryRelation() {
        var enterprise = graphQl.documentName("enterprise").variable("uscc", XINGCHI_VEHICLES).execute();

        enterprise.path("enterprise.name").entity(String.class).isEqualTo("嘉兴星驰新能源汽车有限公司");
        enterprise.path("enterprise.scale").entity(String.class).isEqualTo("LARGE");
        enterprise.path("enterprise.revenue").entity(Double.class).isEqualTo(2850000.0);
        enterprise.path("enterprise.region.code").entity(String.class).isEqualTo("330402");
        enterprise.path("enterprise.region.parent.code").entity(String.class).isEqualTo("330400");
        enterprise.path("enterprise.clusters[*].id").entityList(String.class).containsExactly("CL-JX-NEV");
        enterprise.path("enterprise.memberships[0].role").entity(String.class).isEqualTo("ANCHOR");
        enterprise.path("enterprise.memberships[0].since").entity(Integer.class).isEqualTo(2019);
        enterprise.path("enterprise.segments[0].segment.id").entity(String.class).isEqualTo("NEV-VEHICLE");
        enterprise.path("enterprise.segments[0].segment.chain.id").entity(String.class).isEqualTo("CH-NEV");
        enterprise.path("enterprise.segments[0].mainProduct").entity(String.class).isEqualTo("纯电动SUV");
        enterprise.path("enterprise.designations[*].designation").entityList(String.class).containsExactly("ABOVE_SCALE", "EAGLE");
        enterprise.path("enterprise.designations[1].region.name").entity(String.class).isEqualTo("嘉兴市");
        enterprise.path("enterprise.capabilities").entityList(String.class).containsExactly("整车集成");
        // Two relations with 恒能: cells (segment NEV-CELL) and an unspecified one; plus 南湖精工 motors.
        enterprise.path("enterprise.suppliers[*].supplier.uscc").entityList(String.class)
                .containsExactly(NANHU_MOTOR, HENGNENG_BATTERY, HENGNENG_BATTERY);
        enterprise.path("enterprise.suppliers[*].customer.uscc").entityList(String.class)
                .containsExactly(XINGCHI_VEHICLES, XINGCHI_VEHICLES, XINGCHI_VEHICLES);
        enterprise.path("enterprise.suppliers[1].segment").valueIsNull();
        enterprise.path("enterprise.suppliers[2].segment.id").entity(String.class).isEqualTo("NEV-CELL");
        enterprise.path("enterprise.suppliers[2].qualified").entity(Boolean.class).isEqualTo(true);
        enterprise.path("enterprise.suppliers[2].since").entity(Integer.class).isEqualTo(2018);
        enterprise.path("enterprise.customers").entityList(Object.class).hasSize(0);
        enterprise.path("enterprise.leads[*].chain.id").entityList(String.class).containsExactly("CH-NEV");
        enterprise.path("enterprise.leads[0].region.code").entity(String.class).isEqualTo("330400");
    }

    @Test
    void supplierSeesItsCustomersAndTheirSegments() {
        var enterprise = graphQl.documentName("enterprise").variable("uscc", ZHENGJI_CATHODE).execute();

        enterprise.path("enterprise.customers[*].customer.uscc").entityList(String.class).containsExactly(HENGNENG_BATTERY);
        enterprise.path("enterprise.customers[0].segment.id").entity(String.class).isEqualTo("NEV-CATHODE");
        enterprise.path("enterprise.suppliers[*].supplier.uscc").entityList(String.class).containsExactly(LIYUAN_MINING);
        // qualified is empty in the dataset: not listed.
        enterprise.path("enterprise.suppliers[0].qualified").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void designationsIncludeExpiredAwardsWithTheirExpiry() {
        var designations = graphQl.documentName("enterprise").variable("uscc", NANHU_MOTOR).execute()
                .path("enterprise.designations").entityList(Map.class).get();

        assertThat(designations).extracting(d -> d.get("designation"), d -> d.get("year"), d -> d.get("expires"))
                .containsExactly(
                        tuple("INNOVATIVE_SME", 2019, null),
                        tuple("SPECIALIZED_SME", 2020, 2022));
    }

    @Test
    void unknownUsccIsNullNotAnError() {
        // A well-formed code with a valid check character, but no such enterprise.
        String unknown = "91330402MA2C09999" + Uscc.checkCharacter("91330402MA2C09999");
        graphQl.documentName("enterprise").variable("uscc", unknown)
                .execute()
                .path("enterprise").valueIsNull();
    }

    @Test
    void malformedUsccIsBadRequestNamingTheArgument() {
        graphQl.documentName("enterprise").variable("uscc", "123").execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getMessage()).isEqualTo("uscc: invalid USCC '123': must be 18 characters, got 3");
                    assertThat(badRequestNaming(errors.get(0), "uscc")).isTrue();
                    assertThat(errors.get(0).getPath()).isEqualTo("enterprise");
                });
    }

    @Test
    void wrongCheckCharacterIsBadRequest() {
        String wrong = XINGCHI_VEHICLES.substring(0, 17) + (XINGCHI_VEHICLES.endsWith("7") ? "8" : "7");
        graphQl.documentName("enterprise").variable("uscc", wrong).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(badRequestNaming(e, "uscc")).isTrue())
                        .satisfies(e -> assertThat(e.getMessage()).contains("check character")));
    }
}
