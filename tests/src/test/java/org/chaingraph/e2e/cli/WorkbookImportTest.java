package org.chaingraph.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.cli.Cli.chaingraph;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chaingraph.e2e.EmbeddedStore;
import org.junit.jupiter.api.Test;

/** Excel habits: an .xlsx workbook in place of the directory, GB18030/GBK CSV files, Chinese headers, and the template. */
class WorkbookImportTest {

    static final Path BASE = Path.of("src/test/resources/datasets/import-base");
    static final Charset GBK = Charset.forName("GB18030");
    /** Headers of enterprises.csv as a Chinese office's register has them (the data dictionary's names). */
    static final Map<String, String> CHINESE = Map.of("uscc", "统一社会信用代码", "name", "企业名称", "region_code", "地区代码",
            "scale", "企业规模", "revenue", "营业收入", "rd_ratio", "研发投入占比");

    @Test
    void aWorkbookWithChineseHeadersImportsAsItsCsvFilesDo() throws Exception {
        Path workbook = EmbeddedStore.tempDirectory("workbook").resolve("园区企业名录.xlsx");
        writeWorkbook(workbook, Map.of());
        Path store = EmbeddedStore.tempDirectory("workbook-store");

        Cli.Run run = chaingraph("import", workbook.toString(), "--data-dir", store.toString(), "--transactional");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Imported " + workbook + ": 38 rows from 17 files");
        // Revenue typed as a number, the R&D ratio as a percentage cell (7.5% is 0.075 in Excel): the format's figures.
        assertThat(Stores.contentsOf(store)).anySatisfy(line -> assertThat(line)
                .contains("name=上海芯澜微电子材料有限公司", "rdRatio=7.5", "revenue=8200.0", "uscc=91310115MA1K000016"));
    }

    @Test
    void aBadRowOfASheetIsNamedByItsRowAndNothingIsWritten() throws Exception {
        Path workbook = EmbeddedStore.tempDirectory("workbook").resolve("bad.xlsx");
        // Row 3 of the sheet enterprises (the header is row 1).
        writeWorkbook(workbook, Map.of(3, "HUGE"));
        Path store = EmbeddedStore.tempDirectory("workbook-store");

        Cli.Run run = chaingraph("import", workbook.toString(), "--data-dir", store.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("enterprises.csv:3: scale: 'HUGE' is not one of MICRO, SMALL, MEDIUM, LARGE");
        assertThat(Stores.contentsOf(store)).isEmpty();
    }

    @Test
    void csvFilesSavedByAChineseWindowsProgramAreReadAsGb18030() throws Exception {
        // What Excel saves as "CSV (逗号分隔)" on a Chinese Windows: GBK bytes; enterprises.csv with Chinese headers.
        Path dataset = EmbeddedStore.tempDirectory("gbk-dataset");
        try (Stream<Path> files = Files.list(BASE)) {
            for (Path file : files.toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                String header = file.getFileName().toString().equals("enterprises.csv")
                        ? String.join(",", Stream.of(lines.get(0).split(",")).map(h -> CHINESE.getOrDefault(h, h)).toList()) : lines.get(0);
                Files.writeString(dataset.resolve(file.getFileName()),
                        header + "\r\n" + String.join("\r\n", lines.subList(1, lines.size())) + "\r\n", GBK);
            }
        }

        Cli.Run detected = chaingraph("import", dataset.toString(), "--check");

        assertThat(detected.exitCode()).as(detected.err()).isZero();
        assertThat(detected.out()).contains("38 rows from 17 files");
        // Named instead of detected: the right name reads it, a wrong one refuses the header, an unknown one is a usage error.
        assertThat(chaingraph("import", dataset.toString(), "--check", "--encoding", "GBK").exitCode()).isZero();
        Cli.Run wrong = chaingraph("import", dataset.toString(), "--check", "--encoding", "UTF-8");
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).contains("enterprises.csv:1: -: the header is neither UTF-8 nor GB18030/GBK text");
        Cli.Run unknown = chaingraph("import", dataset.toString(), "--check", "--encoding", "klingon");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--encoding: unknown encoding 'klingon'");
    }

    @Test
    void theTemplateHasASheetPerFileWithChineseHeadersDropDownsAndAGuide() throws Exception {
        Path template = EmbeddedStore.tempDirectory("template").resolve("模板.xlsx");

        Cli.Run run = chaingraph("template", "--out", template.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var workbook = new XSSFWorkbook(template.toFile())) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("说明");
            assertThat(workbook.getSheet("enterprises").getRow(0).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(workbook.getSheet("enterprises").getDataValidations()).extracting(DataValidation::getValidationConstraint)
                    .anySatisfy(c -> assertThat(c.getExplicitListValues()).containsExactly("MICRO", "SMALL", "MEDIUM", "LARGE"));
            assertThat(workbook.getNumberOfSheets()).isEqualTo(19);
        }
        // Its Chinese headers read back as every file's columns: the empty template is a valid dataset without rows.
        Cli.Run check = chaingraph("import", template.toString(), "--check");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("Checked " + template + ": 0 rows from 18 files");
        assertThat(check.err()).contains("warning: ignored sheet '说明'");
    }

    /** The base dataset as a workbook; {@code badScales}: sheet row → a scale to put in enterprises' row instead. */
    private static void writeWorkbook(Path target, Map<Integer, String> badScales) throws IOException {
        try (var workbook = new XSSFWorkbook(); Stream<Path> files = Files.list(BASE)) {
            var percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replace(".csv", "");
                var sheet = workbook.createSheet(name);
                List<CSVRecord> records;
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    records = CSVFormat.RFC4180.parse(in).getRecords();
                }
                List<String> header = records.get(0).toList();
                for (int r = 0; r < records.size(); r++) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < records.get(r).size(); c++) {
                        String value = records.get(r).get(c);
                        String column = header.get(c);
                        var cell = row.createCell(c);
                        if (r == 0) {
                            cell.setCellValue(name.equals("enterprises") ? CHINESE.getOrDefault(value, value) : value);
                        } else if (name.equals("enterprises") && column.equals("revenue") && !value.isEmpty()) {
                            cell.setCellValue(Double.parseDouble(value));
                        } else if (name.equals("enterprises") && column.equals("rd_ratio") && !value.isEmpty()) {
                            cell.setCellValue(Double.parseDouble(value) / 100);
                            cell.setCellStyle(percent);
                        } else if (name.equals("enterprises") && column.equals("scale") && badScales.containsKey(r + 1)) {
                            cell.setCellValue(badScales.get(r + 1));
                        } else {
                            cell.setCellValue(value);
                        }
                    }
                }
            }
            try (var out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }
}
