package org.chaingraph.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * An .xlsx workbook as a dataset (docs/importing.md): one sheet per dataset file, named like the
 * file without {@code .csv} ({@code enterprises}, {@code designations} …) or by its Chinese name
 * ({@code 企业}, {@code 认定} …), its first row the header (English or Chinese column names). The
 * sheets are streamed, not loaded (a province's register runs to 10^6 rows), into the UTF-8 CSV
 * files every import reads, one line per sheet row, so an error's line is the row in the sheet.
 */
public final class Workbooks {

    private Workbooks() {
    }

    /** Whether {@code path} is a workbook to convert rather than a dataset directory. */
    public static boolean isWorkbook(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    /** The CSV files of a workbook's dataset sheets, in a temporary directory removed on close. */
    public record Sheets(Path directory, List<String> notes) implements AutoCloseable {
        @Override
        public void close() {
            Folders.delete(directory);
        }
    }

    /** Converts {@code workbook} into a temporary directory of CSV files ({@link #toCsv}). */
    public static Sheets open(Path workbook) throws IOException {
        Path directory = Files.createTempDirectory("chaingraph-workbook-");
        try {
            return new Sheets(directory, toCsv(workbook, directory));
        } catch (IOException | RuntimeException e) {
            Folders.delete(directory);
            throw e;
        }
    }

    /**
     * Writes the dataset sheets of {@code workbook} as CSV files into {@code directory} (which must
     * exist); returns what was ignored, one line each.
     *
     * @throws IOException when the file is not a readable .xlsx workbook, or two sheets hold the same file
     */
    public static List<String> toCsv(Path workbook, Path directory) throws IOException {
        var notes = new ArrayList<String>();
        var seen = EnumSet.noneOf(DatasetFile.class);
        try (OPCPackage xlsx = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(xlsx);
            var strings = new ReadOnlySharedStringsTable(xlsx);
            var styles = reader.getStylesTable();
            var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    Optional<DatasetFile> file = ColumnNames.sheet(name);
                    if (file.isEmpty()) {
                        notes.add("ignored sheet '" + name + "': not a file of the dataset format");
                        continue;
                    }
                    if (!seen.add(file.get())) {
                        throw new IOException("two sheets hold " + file.get().file + " (the second is '" + name + "'): keep one");
                    }
                    try (Writer out = Files.newBufferedWriter(directory.resolve(file.get().file), StandardCharsets.UTF_8);
                         var printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
                        var parser = XMLHelper.newXMLReader();
                        var rows = new SheetRows(printer);
                        parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new PlainValues(), false));
                        parser.parse(new InputSource(sheet));
                        rows.finish();
                    }
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | org.apache.poi.ooxml.POIXMLException e) {
            throw new IOException(workbook + " is not a readable .xlsx workbook: " + e.getMessage(), e);
        } catch (org.apache.poi.UnsupportedFileFormatException e) {
            throw new IOException(workbook + " is not an .xlsx workbook (an old .xls? save it as .xlsx): " + e.getMessage(), e);
        }
        if (seen.isEmpty()) {
            throw new IOException(workbook + " has no sheet named after a dataset file (enterprises, designations … or 企业, 认定 …)");
        }
        return notes;
    }

    /**
     * Cell values as the dataset format wants them, not as displayed: numbers plainly (no thousands
     * separators, no rounding to the displayed decimals), a percentage as its number of percent
     * (6.5% → 6.5: the format's ratios are in %), dates as ISO (2026-03-15).
     */
    private static final class PlainValues extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            BigDecimal number = BigDecimal.valueOf(value);
            if (formatString != null && formatString.contains("%")) {
                number = number.movePointRight(2);
            }
            return number.stripTrailingZeros().toPlainString();
        }
    }

    /** One CSV line per sheet row; rows the sheet leaves out (blank) become empty lines, which keeps line = row. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final CSVPrinter printer;
        private final List<String> cells = new ArrayList<>();
        private int nextRow;

        SheetRows(CSVPrinter printer) {
            this.printer = printer;
        }

        @Override
        public void startRow(int row) {
            try {
                for (; nextRow < row; nextRow++) {
                    printer.println();
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int row) {
            try {
                if (cells.stream().allMatch(String::isBlank)) {
                    printer.println();
                } else {
                    printer.printRecord(cells);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            nextRow = row + 1;
        }

        void finish() throws IOException {
            printer.flush();
        }
    }

    /** Writes the template planners fill in: see {@link WorkbookTemplate}. */
    public static void template(OutputStream out) throws IOException {
        WorkbookTemplate.write(out);
    }
}
