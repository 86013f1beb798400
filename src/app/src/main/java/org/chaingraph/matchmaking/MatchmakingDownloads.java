package org.chaingraph.matchmaking;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chaingraph.enterprises.Enterprise;
import org.chaingraph.web.SpreadsheetText;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spreadsheets for event organisers: {@code GET /events/{id}/pairings.csv} and
 * {@code GET /shortlists/{leaderUscc}.csv}, one row per pair with the score components as columns.
 * UTF-8 with a byte-order mark first, because Excel reads a CSV without one in the local code page
 * and garbles the Chinese names. Errors are 404 and 400 with the API's coded JSON error (errors/HttpErrorAdvice).
 */
@RestController
final class MatchmakingDownloads {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("demand_uscc", "demand_name", "supplier_uscc", "supplier_name", "score",
            "segment_fit", "capability_fit", "quality", "proximity", "track_record", "existing_supplier");

    private final EventPairings pairings;
    private final Shortlists shortlists;

    MatchmakingDownloads(EventPairings pairings, Shortlists shortlists) {
        this.pairings = pairings;
        this.shortlists = shortlists;
    }

    @GetMapping("/events/{id}/pairings.csv")
    ResponseEntity<byte[]> pairings(@PathVariable String id, @RequestParam(required = false) Integer perDemand,
                                    @RequestParam(required = false) Integer perSupplier, @RequestParam(required = false) Integer year) {
        var rows = pairings.plan(id, perDemand, perSupplier, year).pairings().stream()
                .map(p -> row(p.demand(), p.supplier(), p.score(), p.components(), false)).toList();
        return csv("pairings-" + id + ".csv", rows);
    }

    @GetMapping("/shortlists/{leaderUscc}.csv")
    ResponseEntity<byte[]> shortlist(@PathVariable String leaderUscc, @RequestParam(required = false) String region,
                                     @RequestParam(required = false) Integer limit, @RequestParam(required = false) Boolean includeExisting,
                                     @RequestParam(required = false) Integer year) {
        var result = shortlists.shortlist(new ShortlistSubject(leaderUscc, null, null), region == null || region.isBlank() ? null : region,
                limit, includeExisting, year, "limit");
        var rows = result.matches().stream()
                .map(m -> row(result.demand().demander(), m.enterprise(), m.score(), m.components(), m.existingSupplier())).toList();
        return csv("shortlist-" + leaderUscc + ".csv", rows);
    }




    private static List<String> row(Enterprise demand, Enterprise supplier, double score, List<ScoreComponent> components, boolean existing) {
        var row = new ArrayList<String>(HEADER.size());
        row.add(demand.uscc());
        row.add(SpreadsheetText.cell(demand.name()));
        row.add(supplier.uscc());
        row.add(SpreadsheetText.cell(supplier.name()));
        row.add(number(score));
        for (String factor : SupplierScorer.FACTORS) {
            row.add(number(components.stream().filter(c -> c.factor().equals(factor)).findFirst().orElseThrow().value()));
        }
        row.add(Boolean.toString(existing));
        return row;
    }

    /** Plain decimal notation (0.0001, never 1.0E-4), which every spreadsheet parses. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A plain filename when it is ASCII (every browser reads it); RFC 5987 encoding only when it is not. */
    private static String disposition(String filename) {
        var attachment = ContentDisposition.attachment();
        boolean ascii = filename.chars().allMatch(c -> c >= 0x20 && c < 0x7F && c != '"' && c != '\\');
        return (ascii ? attachment.filename(filename) : attachment.filename(filename, StandardCharsets.UTF_8)).build().toString();
    }

    private static ResponseEntity<byte[]> csv(String filename, List<List<String>> rows) {
        var text = new StringWriter();
        text.write(BOM);
        try (var printer = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).build())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(filename))
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
