package org.chaingraph.e2e.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.gaps.GapDataset.HANGZHOU;
import static org.chaingraph.e2e.gaps.GapDataset.YEAR;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chaingraph.e2e.HttpError;
import org.junit.jupiter.api.Test;

/** The gap report as a spreadsheet: the same rows as chainGaps, in Chinese or English, CSV or .xlsx. */
class GapReportDownloadTest extends GapApiTest {

    @Test
    void theCsvHasASegmentPerRowWithTheReportsStatusesInChinese() throws Exception {
        byte[] body = get("/reports/gaps/gx.csv?region=" + HANGZHOU + "&year=" + YEAR);
        String text = new String(body, StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFF环节编号,环节名称,上中下游,关键环节,状态,本地企业数,优质企业数,处置,严重度");
        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text.substring(1))).getRecords();
        var report = report("gx", HANGZHOU, YEAR);
        var segments = list(report, "segments");
        assertThat(records).hasSize(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            assertThat(records.get(i).get("环节编号")).isEqualTo(map(segments.get(i), "segment").get("id"));
            assertThat(Integer.parseInt(records.get(i).get("本地企业数"))).isEqualTo(segments.get(i).get("localSupplierCount"));
        }
        CSVRecord euv = records.stream().filter(r -> r.get("环节编号").equals("gx-litho-euv")).findFirst().orElseThrow();
        assertThat(List.of(euv.get("环节名称"), euv.get("状态"), euv.get("处置"), euv.get("严重度"))).containsExactly("EUV光刻", "缺失", "补链", "4");
    }

    @Test
    void theWorkbookInEnglishHasTheEnumNamesAndNumbersAsNumbers() throws Exception {
        byte[] body = get("/reports/gaps/gx.xlsx?region=" + HANGZHOU + "&year=" + YEAR + "&lang=en");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var sheet = workbook.getSheet("gaps");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("segment_id");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row.getCell(0).getStringCellValue().equals("gx-litho-euv")) {
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo("MISSING");
                    assertThat(row.getCell(7).getStringCellValue()).isEqualTo("FILL");
                    assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(4.0);
                    return;
                }
            }
            throw new AssertionError("no row for gx-litho-euv");
        }
    }

    @Test
    void aRegionIsRequiredAndAnUnknownChainOrFormatIsACoded404() {
        http.get().uri("/reports/gaps/gx.csv").exchange().expectStatus().isBadRequest().expectBody(String.class)
                .value(body -> assertThat(HttpError.of(body).message()).startsWith("region: is required"));
        http.get().uri("/reports/gaps/nope.xlsx?region=" + HANGZHOU).exchange().expectStatus().isNotFound().expectBody(String.class)
                .value(body -> assertThat(HttpError.of(body).code()).isEqualTo("NOT_FOUND"));
        http.get().uri("/reports/gaps/gx.pdf?region=" + HANGZHOU).exchange().expectStatus().isNotFound().expectBody(String.class)
                .value(body -> assertThat(HttpError.of(body).message()).isEqualTo("format: a download as '.pdf' (csv or xlsx) not found"));
    }

    private byte[] get(String uri) {
        return http.get().uri(uri).exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
    }
}
