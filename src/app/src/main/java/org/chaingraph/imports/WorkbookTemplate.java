package org.chaingraph.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook planners fill in ({@code chaingraph template}): a 说明 sheet listing every column of
 * every file (Chinese and English name, type and unit, required or not, allowed values, an
 * example), then one sheet per dataset file named like it, its header the columns' Chinese names,
 * the columns holding codes formatted as text (so Excel keeps an 18-character USCC and leading
 * zeros), and a drop-down of the allowed values on every column that has a fixed set.
 */
final class WorkbookTemplate {

    /** Rows the drop-downs and text formats cover. */
    static final int ROWS = 100_000;
    /** Excel refuses an explicit drop-down list longer than this. */
    private static final int MAX_LIST_CHARS = 255;

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("revenue", "万元"), Map.entry("rd_ratio", "%"), Map.entry("growth", "%"), Map.entry("growth_prev", "%"),
            Map.entry("main_business_ratio", "%"), Map.entry("debt_ratio", "%"), Map.entry("equity_financing_2y", "万元"),
            Map.entry("budget", "万元"), Map.entry("amount", "万元"), Map.entry("min_revenue", "万元"), Map.entry("employees", "人"));

    private WorkbookTemplate() {
    }

    static void write(OutputStream out) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));

            XSSFSheet guide = workbook.createSheet("说明");
            row(guide, 0, header, "工作表 sheet", "列名 column (中文)", "column (English)", "类型 type", "单位 unit", "必填 required",
                    "允许值 allowed values", "例 example");
            int line = 1;
            for (DatasetFile file : DatasetFile.values()) {
                for (Column column : file.columns) {
                    row(guide, line++, null, sheetName(file) + "（" + ColumnNames.chineseSheet(file) + "）", ColumnNames.chinese(file, column.name()),
                            column.name(), type(column), UNITS.getOrDefault(column.name(), ""), column.isRequired() ? "是" : "",
                            String.join(" | ", column.allowed()), example(column));
                }
            }
            // Fixed widths: measuring text needs fonts a headless server may not have.
            int[] widths = {28, 24, 22, 30, 8, 10, 60, 22};
            for (int c = 0; c < widths.length; c++) {
                guide.setColumnWidth(c, widths[c] * 256);
            }
            guide.createFreezePane(0, 1);

            for (DatasetFile file : DatasetFile.values()) {
                XSSFSheet sheet = workbook.createSheet(sheetName(file));
                Row names = sheet.createRow(0);
                for (int c = 0; c < file.columns.size(); c++) {
                    Column column = file.columns.get(c);
                    var cell = names.createCell(c);
                    cell.setCellValue(ColumnNames.chinese(file, column.name()));
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(c, Math.max(12, ColumnNames.chinese(file, column.name()).length() * 2 + 4) * 256);
                    if (column.type() == Column.Type.USCC || column.type() == Column.Type.TEXT || column.type() == Column.Type.LIST) {
                        sheet.setDefaultColumnStyle(c, text);
                    }
                    List<String> allowed = column.type() == Column.Type.BOOLEAN ? List.of("true", "false")
                            : column.type() == Column.Type.ENUM ? column.allowed() : List.of();
                    if (!allowed.isEmpty() && String.join(",", allowed).length() <= MAX_LIST_CHARS) {
                        var helper = sheet.getDataValidationHelper();
                        var validation = helper.createValidation(helper.createExplicitListConstraint(allowed.toArray(String[]::new)),
                                new CellRangeAddressList(1, ROWS, c, c));
                        validation.setShowErrorBox(true);
                        validation.createErrorBox(ColumnNames.chinese(file, column.name()), "允许值: " + String.join(", ", allowed));
                        sheet.addValidationData(validation);
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
        }
    }

    /** The sheet of a file: its name without {@code .csv}. */
    static String sheetName(DatasetFile file) {
        return file.file.substring(0, file.file.length() - ".csv".length());
    }

    private static String type(Column column) {
        return switch (column.type()) {
            case TEXT -> "文本 text";
            case INTEGER -> "整数 integer";
            case DECIMAL -> "数值 number";
            case BOOLEAN -> "true / false";
            case YEAR -> "年份 year";
            case DATE -> "日期 YYYY-MM-DD";
            case ENUM -> "取值之一 one of";
            case LIST -> "列表，以 | 分隔 list, |-separated";
            case USCC -> "统一社会信用代码 USCC (18)";
        };
    }

    private static String example(Column column) {
        return switch (column.type()) {
            case TEXT -> column.name().endsWith("code") ? "330402" : "";
            case INTEGER -> "120";
            case DECIMAL -> "3500.5";
            case BOOLEAN -> "false";
            case YEAR -> "2024";
            case DATE -> "2026-03-15";
            case ENUM -> column.allowed().isEmpty() ? "" : column.allowed().get(0);
            case LIST -> column.allowed().isEmpty() ? "a|b" : String.join("|", column.allowed().subList(0, Math.min(2, column.allowed().size())));
            case USCC -> "91330402MA2C000017";
        };
    }

    private static void row(XSSFSheet sheet, int index, CellStyle style, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            var cell = row.createCell(c);
            cell.setCellValue(values[c]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
