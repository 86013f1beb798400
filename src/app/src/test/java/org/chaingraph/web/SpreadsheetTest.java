package org.chaingraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chaingraph.web.Spreadsheet.Column;
import org.chaingraph.web.Spreadsheet.Kind;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

    static final List<Column> COLUMNS = List.of(new Column("统一社会信用代码", "uscc", Kind.USCC), new Column("企业名称", "name", Kind.TEXT),
            new Column("营业收入", "revenue", Kind.NUMBER), new Column("是否上市", "listed", Kind.BOOLEAN));
    static final List<List<Object>> ROWS = List.of(
            Arrays.asList("913309030000000011", "=HYPERLINK(\"x\")", 1234.5, true),
            Arrays.asList("91330402MA2C000017", "嘉兴星驰", null, false));

    @Test
    void aCsvKeepsAnAllDigitUsccAsTextGuardsFormulasAndWritesPlainNumbers() {
        String csv = new String(Spreadsheet.csv("x", COLUMNS, ROWS, false).getBody(), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFF统一社会信用代码,企业名称,营业收入,是否上市\r\n"
                + "\"=\"\"913309030000000011\"\"\",\"'=HYPERLINK(\"\"x\"\")\",1234.5,true\r\n"
                + "91330402MA2C000017,嘉兴星驰,,false\r\n");
        assertThat(new String(Spreadsheet.csv("x", COLUMNS, ROWS, true).getBody(), StandardCharsets.UTF_8))
                .startsWith("\uFEFFuscc,name,revenue,listed\r\n");
    }

    @Test
    void aWorkbookHasTextCellsForUsccsAndNumericCellsForNumbers() throws Exception {
        var response = Spreadsheet.xlsx("x", "企业", COLUMNS, ROWS, false);

        assertThat(response.getHeaders().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"x.xlsx\"");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            var sheet = workbook.getSheet("企业");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("913309030000000011");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(sheet.getRow(1).getCell(3).getBooleanCellValue()).isTrue();
            assertThat(sheet.getRow(2).getCell(2)).as("no value, no cell").isNull();
        }
    }
}
