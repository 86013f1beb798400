package org.chaingraph.e2e.gaps;

import static org.chaingraph.e2e.gaps.GapDataset.HANGZHOU;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Unknown chain or region: NOT_FOUND naming it; a year outside 1949–2100: BAD_REQUEST naming year. */
class GapInputTest extends GapApiTest {

    @Test
    void unknownChainIsNotFoundNamingIt() {
        gaps("nope", HANGZHOU, 2025).errors()
                .expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().equals("chainId: chain 'nope' not found")).verify();
        map("nope", null, null).errors()
                .expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().equals("chainId: chain 'nope' not found")).verify();
    }

    @Test
    void unknownRegionIsNotFoundNamingIt() {
        gaps("gx", "999999", 2025).errors()
                .expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().equals("regionCode: region '999999' not found")).verify();
        map("gx", "999999", null).errors()
                .expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().equals("regionCode: region '999999' not found")).verify();
    }

    @ParameterizedTest
    @ValueSource(ints = {1948, 2101, -1})
    void yearOutside1949To2100IsABadRequest(int year) {
        String message = "year: must be between 1949 and 2100, got " + year;
        gaps("gx", HANGZHOU, year).errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().equals(message)).verify();
        map("gx", HANGZHOU, year).errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().equals(message)).verify();
    }

    @ParameterizedTest
    @ValueSource(ints = {1949, 2100})
    void theBoundsAreAccepted(int year) {
        gaps("gx", HANGZHOU, year).path("chainGaps.year").entity(Integer.class).isEqualTo(year);
    }

    private GraphQlTester.Response gaps(String chainId, String regionCode, Integer year) {
        return graphQl.documentName("gaps/chainGapStatuses").variable("chainId", chainId).variable("regionCode", regionCode)
                .variable("year", year).execute();
    }

    private GraphQlTester.Response map(String chainId, String regionCode, Integer year) {
        return graphQl.documentName("gaps/chainMap").variable("chainId", chainId).variable("regionCode", regionCode)
                .variable("year", year).execute();
    }
}
