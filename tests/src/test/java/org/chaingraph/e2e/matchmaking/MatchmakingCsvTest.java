package org.chaingraph.e2e.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.GOLF;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.LEADER;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chaingraph.e2e.HttpError;
import org.junit.jupiter.api.Test;

/** The CSV downloads, fetched over HTTP and parsed back with Commons CSV like a spreadsheet would. */
class MatchmakingCsvTest extends MatchmakingApiTest {

    static final List<String> HEADER = List.of("demand_uscc", "demand_name", "supplier_uscc", "supplier_name", "score",
            "segment_fit", "capability_fit", "quality", "proximity", "track_record", "existing_supplier");
    static final List<String> FACTORS = HEADER.subList(5, 10);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void eventPairingsCsvHasABomAHeaderAndTheGraphQlPairings() throws Exception {
        var response = get("/events/EV-T/pairings.csv?year=2025&perSupplier=2&lang=en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).isEqualToIgnoringCase("text/csv;charset=UTF-8"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(v ->
                assertThat(v).startsWith("attachment").contains("filename=\"pairings-EV-T.csv\""));
        var records = parse(response.body());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> pairs = graphQl.documentName("matchmaking/eventPairings").variable("eventId", "EV-T").variable("year", 2025)
                .variable("perSupplier", 2).execute().path("eventPairings").entityList(Map.class).get().stream()
                .map(p -> (Map<String, Object>) p).toList();
        assertThat(records).hasSize(pairs.size()).isNotEmpty();
        for (int i = 0; i < pairs.size(); i++) {
            var pair = pairs.get(i);
            var record = records.get(i);
            assertThat(record.get("demand_uscc")).isEqualTo(((Map<?, ?>) pair.get("demand")).get("uscc"));
            assertThat(record.get("demand_name")).isEqualTo(((Map<?, ?>) pair.get("demand")).get("name"));
            assertThat(record.get("supplier_uscc")).isEqualTo(((Map<?, ?>) pair.get("supplier")).get("uscc"));
            assertThat(record.get("supplier_name")).isEqualTo(((Map<?, ?>) pair.get("supplier")).get("name"));
            assertThat(Double.parseDouble(record.get("score"))).isEqualTo(((Number) pair.get("score")).doubleValue());
            for (String factor : FACTORS) {
                assertThat(Double.parseDouble(record.get(factor))).as(factor).isEqualTo(value(pair, factor));
            }
            assertThat(record.get("existing_supplier")).isEqualTo("false");
        }
        assertThat(records.get(0).get("demand_name")).isEqualTo("浦芯晶圆制造有限公司");
    }

    @Test
    void leaderShortlistCsvMatchesTheGraphQlShortlistAndFlagsExistingSuppliers() throws Exception {
        var response = get("/shortlists/" + LEADER + ".csv?year=2025&includeExisting=true&lang=en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(v ->
                assertThat(v).contains("filename=\"shortlist-" + LEADER + ".csv\""));
        var records = parse(response.body());
        var matches = shortlist(SupplierShortlistTest.LEADER_SUBJECT, Map.of("includeExisting", true));

        assertThat(records.stream().map(r -> r.get("supplier_uscc")).toList()).isEqualTo(usccs(matches));
        assertThat(records).allSatisfy(r -> {
            assertThat(r.get("demand_uscc")).isEqualTo(LEADER);
            assertThat(r.get("existing_supplier")).isEqualTo(Boolean.toString(GOLF.equals(r.get("supplier_uscc"))));
        });
        for (int i = 0; i < matches.size(); i++) {
            assertThat(Double.parseDouble(records.get(i).get("score"))).isEqualTo(score(matches.get(i)));
            for (String factor : FACTORS) {
                assertThat(Double.parseDouble(records.get(i).get(factor))).isEqualTo(value(matches.get(i), factor));
            }
        }
    }

    @Test
    void byDefaultHeadersAreChineseAndTheWorkbookKeepsUsccsAsText() throws Exception {
        var csv = get("/shortlists/" + LEADER + ".csv?year=2025&includeExisting=true");
        String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("需求方统一社会信用代码,需求方名称,供应方统一社会信用代码,供应方名称,匹配得分,环节匹配,能力匹配,企业质量,邻近度,揭榜记录,是否已是供应商");

        var xlsx = get("/shortlists/" + LEADER + ".xlsx?year=2025&includeExisting=true");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition")).hasValueSatisfying(v ->
                assertThat(v).contains("filename=\"shortlist-" + LEADER + ".xlsx\""));
        var matches = shortlist(SupplierShortlistTest.LEADER_SUBJECT, Map.of("includeExisting", true));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheet("供应商短名单");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("供应方统一社会信用代码");
            assertThat(sheet.getLastRowNum()).isEqualTo(matches.size());
            for (int i = 0; i < matches.size(); i++) {
                var row = sheet.getRow(i + 1);
                assertThat(row.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(usccs(matches).get(i));
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(score(matches.get(i)));
            }
        }
    }

    @Test
    void unknownEventOrLeaderIsACoded404AndBadArgumentsA400() throws Exception {
        var event = get("/events/EV-NONE/pairings.csv");
        assertThat(event.statusCode()).isEqualTo(404);
        assertThat(HttpError.of(event.body())).extracting(HttpError::message, HttpError::code)
                .containsExactly("eventId: event 'EV-NONE' not found", "NOT_FOUND");

        String unknown = "91310115MA1T00099" + SupplierShortlistTest.check("91310115MA1T00099");
        var leader = get("/shortlists/" + unknown + ".csv");
        assertThat(leader.statusCode()).isEqualTo(404);
        assertThat(HttpError.of(leader.body()).message()).startsWith("subject.leaderUscc: ");

        assertThat(get("/events/EV-T/pairings.csv?perDemand=0").statusCode()).isEqualTo(400);
        assertThat(get("/events/EV-T/pairings.csv?perDemand=many").statusCode()).isEqualTo(400);
        assertThat(get("/shortlists/not-a-uscc.csv").statusCode()).isEqualTo(400);
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Checks the byte-order mark and the header, then the records. */
    private static List<CSVRecord> parse(byte[] body) throws IOException {
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(text))) {
            assertThat(parser.getHeaderNames()).isEqualTo(HEADER);
            return parser.getRecords();
        }
    }
}
