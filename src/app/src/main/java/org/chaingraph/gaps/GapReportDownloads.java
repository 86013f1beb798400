package org.chaingraph.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.chaingraph.graphql.BadRequestException;
import org.chaingraph.web.Spreadsheet;
import org.chaingraph.web.Spreadsheet.Column;
import org.chaingraph.web.Spreadsheet.Kind;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A region's gap report as a spreadsheet: {@code GET /reports/gaps/{chainId}.csv|.xlsx?region=&year=},
 * one row per segment of the chain (the {@code chainGaps} report: status, and for a gap its kind,
 * severity and the region's priority), headed in Chinese ({@code lang=en}: English, with the enum
 * names instead of their labels).
 */
@RestController
final class GapReportDownloads {

    static final List<Column> COLUMNS = List.of(
            new Column("环节编号", "segment_id", Kind.TEXT),
            new Column("环节名称", "segment_name", Kind.TEXT),
            new Column("上中下游", "stage", Kind.TEXT),
            new Column("关键环节", "critical", Kind.BOOLEAN),
            new Column("状态", "status", Kind.TEXT),
            new Column("本地企业数", "local_suppliers", Kind.NUMBER),
            new Column("优质企业数", "quality_suppliers", Kind.NUMBER),
            new Column("处置", "kind", Kind.TEXT),
            new Column("严重度", "severity", Kind.NUMBER),
            new Column("下游依赖环节数", "downstream_present", Kind.NUMBER),
            new Column("地区优先级权重", "priority_weight", Kind.NUMBER),
            new Column("优先级原因", "priority_reason", Kind.TEXT));

    private final GapReports reports;

    GapReportDownloads(GapReports reports) {
        this.reports = reports;
    }

    @GetMapping("/reports/gaps/{chainId}.{format}")
    ResponseEntity<byte[]> download(@PathVariable String chainId, @PathVariable String format, @RequestParam(required = false) String region,
                                    @RequestParam(required = false) Integer year, @RequestParam(required = false) String lang) {
        var as = Spreadsheet.Format.of(format);
        var report = report(chainId, region, year);
        boolean english = Spreadsheet.english(lang);
        return Spreadsheet.download(as, filename(report), "补链清单", "gaps", COLUMNS, rows(report, english), english);
    }

    private GapReport report(String chainId, String region, Integer year) {
        if (region == null || region.isBlank()) {
            throw new BadRequestException("region", "is required: the region whose gaps to list");
        }
        return reports.report(chainId, region.strip(), year);
    }

    private static String filename(GapReport report) {
        return "gaps-" + report.chain().id() + "-" + report.region().code() + "-" + report.year();
    }

    static List<List<Object>> rows(GapReport report, boolean english) {
        var gaps = new HashMap<String, Gap>();
        report.gaps().forEach(gap -> gaps.put(gap.segment().id(), gap));
        var rows = new ArrayList<List<Object>>();
        for (SegmentCoverage segment : report.segments()) {
            Gap gap = gaps.get(segment.segment().id());
            var row = new ArrayList<Object>(COLUMNS.size());
            row.add(segment.segment().id());
            row.add(segment.segment().name());
            row.add(segment.segment().stage() == null ? null : segment.segment().stage().name());
            row.add(segment.segment().critical());
            row.add(english ? segment.status().name() : segment.status().label());
            row.add(segment.localSupplierCount());
            row.add(segment.qualitySupplierCount());
            row.add(gap == null ? null : english ? gap.kind().name() : gap.kind().label());
            row.add(gap == null ? null : gap.severity());
            row.add(gap == null ? null : gap.downstreamPresent());
            row.add(gap == null || gap.priority() == null ? null : gap.priority().weight());
            row.add(gap == null || gap.priority() == null ? null : gap.priority().reason());
            rows.add(row);
        }
        return rows;
    }
}
