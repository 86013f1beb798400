package org.chaingraph.e2e.cultivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.cultivation.CultivationDataset.JIAXING;
import static org.chaingraph.e2e.cultivation.CultivationDataset.YEAR;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The cultivation list and the incentive budget as spreadsheets: the same rows as the GraphQL report and summary. */
class CultivationDownloadTest extends CultivationApiTest {

    @Test
    void theCandidateListIsTheReportsCandidatesInItsOrderWithChineseHeaders() throws Exception {
        String text = new String(get("/reports/cultivation/" + JIAXING + ".csv?year=" + YEAR), StandardCharsets.UTF_8).substring(1);
        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
        var candidates = list(report(JIAXING, YEAR, null), "candidates");

        assertThat(text).startsWith("统一社会信用代码,企业名称,现有认定,拟认定,是否复核,是否达标,未达标准,已达标准");
        assertThat(records).isNotEmpty().hasSize(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Map<String, Object> candidate = candidates.get(i);
            assertThat(records.get(i).get("统一社会信用代码")).isEqualTo(map(candidate, "enterprise").get("uscc"));
            assertThat(records.get(i).get("拟认定")).isEqualTo(candidate.get("toName"));
            assertThat(records.get(i).get("是否达标")).isEqualTo(String.valueOf(candidate.get("qualifies")));
            @SuppressWarnings("unchecked")
            List<String> unmet = (List<String>) candidate.get("unmet");
            assertThat(records.get(i).get("未达标准")).isEqualTo(String.join("；", unmet));
        }
    }

    @Test
    void theBudgetWorkbookIsTheIncentiveSummaryLineByLine() throws Exception {
        byte[] body = get("/reports/incentives/" + JIAXING + ".xlsx?year=" + YEAR + "&lang=en");
        var lines = list(summary(JIAXING, YEAR), "incentives");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var sheet = workbook.getSheet("incentives");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
            assertThat(sheet.getLastRowNum()).isEqualTo(lines.size()).isPositive();
            for (int i = 0; i < lines.size(); i++) {
                var row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(lines.get(i).get("id"));
                assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(((Number) lines.get(i).get("firmCount")).doubleValue());
                assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(((Number) lines.get(i).get("totalAmount")).doubleValue());
            }
        }
    }

    private byte[] get(String uri) {
        return org.springframework.test.web.reactive.server.WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build()
                .get().uri(uri).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
    }
}
