package org.chaingraph.matchmaking;

import java.util.ArrayList;
import java.util.List;

import org.chaingraph.enterprises.Enterprise;
import org.chaingraph.web.Spreadsheet;
import org.chaingraph.web.Spreadsheet.Column;
import org.chaingraph.web.Spreadsheet.Kind;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spreadsheets for event organisers: {@code GET /events/{id}/pairings.csv|.xlsx} and
 * {@code GET /shortlists/{leaderUscc}.csv|.xlsx}, one row per pair with the score components as
 * columns, headed in Chinese ({@code lang=en}: English; {@link Spreadsheet}). Errors are 404 and 400
 * with the API's coded JSON error (errors/HttpErrorAdvice).
 */
@RestController
final class MatchmakingDownloads {

    static final List<Column> COLUMNS = List.of(
            new Column("需求方统一社会信用代码", "demand_uscc", Kind.USCC),
            new Column("需求方名称", "demand_name", Kind.TEXT),
            new Column("供应方统一社会信用代码", "supplier_uscc", Kind.USCC),
            new Column("供应方名称", "supplier_name", Kind.TEXT),
            new Column("匹配得分", "score", Kind.NUMBER),
            new Column("环节匹配", SupplierScorer.SEGMENT_FIT, Kind.NUMBER),
            new Column("能力匹配", SupplierScorer.CAPABILITY_FIT, Kind.NUMBER),
            new Column("企业质量", SupplierScorer.QUALITY, Kind.NUMBER),
            new Column("邻近度", SupplierScorer.PROXIMITY, Kind.NUMBER),
            new Column("揭榜记录", SupplierScorer.TRACK_RECORD, Kind.NUMBER),
            new Column("是否已是供应商", "existing_supplier", Kind.BOOLEAN));

    private final EventPairings pairings;
    private final Shortlists shortlists;

    MatchmakingDownloads(EventPairings pairings, Shortlists shortlists) {
        this.pairings = pairings;
        this.shortlists = shortlists;
    }

    @GetMapping("/events/{id}/pairings.{format}")
    ResponseEntity<byte[]> pairings(@PathVariable String id, @PathVariable String format, @RequestParam(required = false) Integer perDemand,
                                    @RequestParam(required = false) Integer perSupplier, @RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) String lang) {
        var as = Spreadsheet.Format.of(format);
        return Spreadsheet.download(as, "pairings-" + id, "对接配对", "pairings", COLUMNS, pairingRows(id, perDemand, perSupplier, year),
                Spreadsheet.english(lang));
    }

    @GetMapping("/shortlists/{leaderUscc}.{format}")
    ResponseEntity<byte[]> shortlist(@PathVariable String leaderUscc, @PathVariable String format, @RequestParam(required = false) String region,
                                     @RequestParam(required = false) Integer limit, @RequestParam(required = false) Boolean includeExisting,
                                     @RequestParam(required = false) Integer year, @RequestParam(required = false) String lang) {
        var as = Spreadsheet.Format.of(format);
        return Spreadsheet.download(as, "shortlist-" + leaderUscc, "供应商短名单", "shortlist", COLUMNS,
                shortlistRows(leaderUscc, region, limit, includeExisting, year), Spreadsheet.english(lang));
    }

    private List<List<Object>> pairingRows(String id, Integer perDemand, Integer perSupplier, Integer year) {
        return pairings.plan(id, perDemand, perSupplier, year).pairings().stream()
                .map(p -> row(p.demand(), p.supplier(), p.score(), p.components(), false)).toList();
    }

    private List<List<Object>> shortlistRows(String leaderUscc, String region, Integer limit, Boolean includeExisting, Integer year) {
        var result = shortlists.shortlist(new ShortlistSubject(leaderUscc, null, null), region == null || region.isBlank() ? null : region,
                limit, includeExisting, year, "limit");
        return result.matches().stream()
                .map(m -> row(result.demand().demander(), m.enterprise(), m.score(), m.components(), m.existingSupplier())).toList();
    }

    private static List<Object> row(Enterprise demand, Enterprise supplier, double score, List<ScoreComponent> components, boolean existing) {
        var row = new ArrayList<Object>(COLUMNS.size());
        row.add(demand.uscc());
        row.add(demand.name());
        row.add(supplier.uscc());
        row.add(supplier.name());
        row.add(score);
        for (String factor : SupplierScorer.FACTORS) {
            row.add(components.stream().filter(c -> c.factor().equals(factor)).findFirst().orElseThrow().value());
        }
        row.add(existing);
        return row;
    }
}
