package org.chaingraph.gaps;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Chain maps over plain HTTP, for pages that embed them: {@code GET /maps/{chainId}.svg} (an
 * {@code <img>} source) and {@code GET /maps/{chainId}} (an HTML page with the SVG inline). Both take
 * {@code region} and {@code year} like {@code chainMap}; errors are 404 and 400 with the API's coded JSON error (errors/HttpErrorAdvice).
 */
@RestController
final class ChainMapPage {

    static final MediaType SVG = MediaType.parseMediaType("image/svg+xml;charset=UTF-8");
    static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final GapReports reports;

    ChainMapPage(GapReports reports) {
        this.reports = reports;
    }

    @GetMapping("/maps/{chainId}.svg")
    ResponseEntity<String> svg(@PathVariable String chainId, @RequestParam(required = false) String region,
                               @RequestParam(required = false) Integer year) {
        return ResponseEntity.ok().contentType(SVG).body(ChainMapSvg.document(reports.map(chainId, blankAsNull(region), year)));
    }

    @GetMapping("/maps/{chainId}")
    ResponseEntity<String> page(@PathVariable String chainId, @RequestParam(required = false) String region,
                                @RequestParam(required = false) Integer year) {
        return ResponseEntity.ok().contentType(HTML).body(html(reports.map(chainId, blankAsNull(region), year)));
    }




    /** A page with the map inline (so its nodes are in the DOM), a link to the SVG itself, and the gaps as a table. */
    static String html(ChainMap map) {
        String title = ChainMapSvg.escape(ChainMapSvg.title(map));
        var svgLink = new StringBuilder("/maps/").append(encode(map.chain().id())).append(".svg");
        if (map.region() != null) {
            svgLink.append("?region=").append(encode(map.region().code())).append("&year=").append(map.year());
        }
        var page = new StringBuilder(16384);
        page.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(title).append("</title>\n")
                .append("<style>body{margin:24px;background:#fafbfc;color:#1f2933;font-family:")
                .append(ChainMapSvg.FONTS).append("}.map{overflow:auto;background:#fff;border:1px solid #d9e2ec;border-radius:8px}")
                .append("table{border-collapse:collapse;margin-top:16px}td,th{border:1px solid #d9e2ec;padding:4px 10px;text-align:left}</style>\n")
                .append("</head>\n<body>\n<h1>").append(title).append("</h1>\n")
                .append("<p><a href=\"").append(ChainMapSvg.escape(svgLink.toString())).append("\">SVG</a></p>\n")
                .append("<div class=\"map\">\n").append(ChainMapSvg.element(map)).append("</div>\n");
        if (map.region() != null) {
            gapTable(map, page);
        }
        return page.append("</body>\n</html>\n").toString();
    }

    private static void gapTable(ChainMap map, StringBuilder page) {
        var gaps = map.nodes().stream().filter(node -> node.kind() != null)
                .sorted(Comparator.comparing(ChainMapNode::severity).reversed().thenComparing(ChainMapNode::id))
                .toList();
        page.append("<table class=\"gaps\">\n<tr><th>环节</th><th>状态</th><th>处置</th><th>严重度</th><th>本地企业</th><th>优质企业</th></tr>\n");
        for (ChainMapNode node : gaps) {
            page.append("<tr data-id=\"").append(ChainMapSvg.escape(node.id())).append("\"><td>").append(ChainMapSvg.escape(node.name()))
                    .append("</td><td>").append(node.status().label()).append("</td><td>").append(node.kind().label())
                    .append("</td><td>").append(ChainMapSvg.num4(node.severity())).append("</td><td>").append(node.localSupplierCount())
                    .append("</td><td>").append(node.qualitySupplierCount()).append("</td></tr>\n");
        }
        page.append("</table>\n");
    }

    private static String blankAsNull(String region) {
        return region == null || region.isBlank() ? null : region;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
