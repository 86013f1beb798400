package org.chaingraph.gaps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chaingraph.chains.Stage;

/**
 * A chain map as a standalone SVG document, drawn from the positions of {@link ChainLayout}: no
 * layout engine, no script, so it embeds with an {@code <img>} tag. Every text is XML-escaped;
 * labels are Chinese, so the font list starts with CJK fonts.
 */
public final class ChainMapSvg {

    static final double NODE_WIDTH = 180;
    static final double NODE_HEIGHT = 56;
    static final double MARGIN = 32;
    static final double TITLE_HEIGHT = 44;
    static final double STAGE_HEADER_HEIGHT = 36;
    static final double LEGEND_HEIGHT = 64;
    static final double MIN_WIDTH = 760;
    static final String FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif";

    /** Fill and stroke of a node, by status; {@code null} is a map drawn without a region. */
    record Palette(String fill, String stroke, String label) {
    }

    static final Map<GapStatus, Palette> PALETTE = new EnumMap<>(Map.of(
            GapStatus.COVERED, new Palette("#d9f2e3", "#2e8b57", "已覆盖（≥2家优质企业）"),
            GapStatus.SINGLE_SOURCE, new Palette("#fff4c2", "#b8860b", "单一来源（1家优质企业）· 固链"),
            GapStatus.WEAK, new Palette("#fde0c5", "#d9731a", "薄弱（无优质企业）· 强链"),
            GapStatus.MISSING, new Palette("#f9d6d5", "#c0392b", "缺失 · 补链/延链")));
    static final Palette NO_REGION = new Palette("#eef1f5", "#8a94a6", "未指定地区");
    static final Palette CRITICAL = new Palette("#ffffff", "#1f2933", "粗边框：关键环节");

    static final Map<Stage, String> STAGE_LABELS = new EnumMap<>(Map.of(
            Stage.UPSTREAM, "上游", Stage.MIDSTREAM, "中游", Stage.DOWNSTREAM, "下游"));

    private ChainMapSvg() {
    }

    /** The standalone document, with its XML declaration: what {@code GET /maps/{chainId}.svg} serves. */
    public static String document(ChainMap map) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(map);
    }

    /** The {@code <svg>} element alone, to inline into an HTML page. */
    public static String element(ChainMap map) {
        var frame = new Frame(map);
        var svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(frame.width)).append("\" height=\"")
                .append(num(frame.height)).append("\" viewBox=\"0 0 ").append(num(frame.width)).append(' ').append(num(frame.height))
                .append("\" font-family=\"").append(FONTS).append("\" role=\"img\" aria-labelledby=\"map-title\">\n");
        svg.append("<title id=\"map-title\">").append(escape(title(map))).append("</title>\n");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" ")
                .append("orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#5b6472\"/></marker></defs>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append("<text class=\"title\" x=\"").append(num(MARGIN)).append("\" y=\"").append(num(MARGIN + 8))
                .append("\" font-size=\"18\" font-weight=\"700\" fill=\"#1f2933\">").append(escape(title(map))).append("</text>\n");
        stages(map, frame, svg);
        edges(map, frame, svg);
        nodes(map, frame, svg);
        legend(map, frame, svg);
        return svg.append("</svg>\n").toString();
    }

    static String title(ChainMap map) {
        var title = new StringBuilder(map.chain().name()).append(" 产业链图谱");
        if (map.region() != null) {
            title.append(" · ").append(map.region().name()).append(" · ").append(map.year()).append("年");
        }
        return title.toString();
    }

    /** A light band behind the columns of each stage, labelled 上游 / 中游 / 下游. */
    private static void stages(ChainMap map, Frame frame, StringBuilder svg) {
        var first = new EnumMap<Stage, Integer>(Stage.class);
        var last = new EnumMap<Stage, Integer>(Stage.class);
        for (ChainMapNode node : map.nodes()) {
            first.merge(node.stage(), node.column(), Math::min);
            last.merge(node.stage(), node.column(), Math::max);
        }
        svg.append("<g class=\"stages\">\n");
        for (Stage stage : first.keySet()) {
            double left = frame.x(first.get(stage) * ChainLayout.COLUMN_WIDTH) - NODE_WIDTH / 2 - 16;
            double right = frame.x(last.get(stage) * ChainLayout.COLUMN_WIDTH) + NODE_WIDTH / 2 + 16;
            double top = MARGIN + TITLE_HEIGHT;
            double bottom = frame.y(map.height()) + NODE_HEIGHT / 2 + 16;
            svg.append("<rect x=\"").append(num(left)).append("\" y=\"").append(num(top)).append("\" width=\"").append(num(right - left))
                    .append("\" height=\"").append(num(bottom - top)).append("\" rx=\"12\" fill=\"")
                    .append(stage.ordinal() % 2 == 0 ? "#f5f7fa" : "#eef2f7").append("\"/>\n");
            svg.append("<text x=\"").append(num((left + right) / 2)).append("\" y=\"").append(num(top + 24))
                    .append("\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"600\" fill=\"#52606d\">")
                    .append(STAGE_LABELS.get(stage)).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    /** A curve from the right side of the source to the left side of the target, with an arrowhead. */
    private static void edges(ChainMap map, Frame frame, StringBuilder svg) {
        var byId = new HashMap<String, ChainMapNode>();
        map.nodes().forEach(node -> byId.put(node.id(), node));
        svg.append("<g class=\"edges\" fill=\"none\" stroke=\"#5b6472\" stroke-width=\"1.5\">\n");
        for (ChainMapEdge edge : map.edges()) {
            ChainMapNode source = byId.get(edge.source());
            ChainMapNode target = byId.get(edge.target());
            double sx = frame.x(source.x()) + NODE_WIDTH / 2;
            double sy = frame.y(source.y());
            double tx = frame.x(target.x()) - NODE_WIDTH / 2;
            double ty = frame.y(target.y());
            // Forward flows bend halfway; a flow drawn backwards (a cycle, or against the stages) loops below.
            double bend = tx > sx ? (tx - sx) / 2 : 80;
            double drop = tx > sx ? 0 : NODE_HEIGHT;
            svg.append("<path class=\"edge\" data-source=\"").append(escape(edge.source())).append("\" data-target=\"")
                    .append(escape(edge.target())).append("\" d=\"M").append(num(sx)).append(',').append(num(sy))
                    .append(" C").append(num(sx + bend)).append(',').append(num(sy + drop))
                    .append(' ').append(num(tx - bend)).append(',').append(num(ty + drop))
                    .append(' ').append(num(tx - 2)).append(',').append(num(ty))
                    .append("\" marker-end=\"url(#arrow)\"/>\n");
        }
        svg.append("</g>\n");
    }

    private static void nodes(ChainMap map, Frame frame, StringBuilder svg) {
        svg.append("<g class=\"nodes\">\n");
        for (ChainMapNode node : map.nodes()) {
            Palette palette = node.status() == null ? NO_REGION : PALETTE.get(node.status());
            double cx = frame.x(node.x());
            double cy = frame.y(node.y());
            svg.append("<g class=\"node\" data-id=\"").append(escape(node.id())).append("\" data-status=\"")
                    .append(node.status() == null ? "NONE" : node.status().name()).append("\">\n");
            svg.append("<title>").append(escape(tooltip(node))).append("</title>\n");
            svg.append("<rect x=\"").append(num(cx - NODE_WIDTH / 2)).append("\" y=\"").append(num(cy - NODE_HEIGHT / 2))
                    .append("\" width=\"").append(num(NODE_WIDTH)).append("\" height=\"").append(num(NODE_HEIGHT))
                    .append("\" rx=\"8\" fill=\"").append(palette.fill()).append("\" stroke=\"").append(palette.stroke())
                    .append("\" stroke-width=\"").append(node.critical() ? "3" : "1.5").append("\"/>\n");
            svg.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(cy - 4))
                    .append("\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"600\" fill=\"#1f2933\">")
                    .append(escape(fit(node.name(), NODE_WIDTH - 16, 14))).append("</text>\n");
            svg.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(cy + 16))
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#3e4c59\">")
                    .append(escape(detail(node))).append("</text>\n");
            svg.append("</g>\n");
        }
        svg.append("</g>\n");
    }

    private static void legend(ChainMap map, Frame frame, StringBuilder svg) {
        double y = frame.height - MARGIN - LEGEND_HEIGHT + 20;
        double x = MARGIN;
        svg.append("<g class=\"legend\" font-size=\"12\" fill=\"#1f2933\">\n");
        for (Palette entry : legendEntries(map)) {
            x = swatch(svg, x, y, entry);
        }
        svg.append("<text x=\"").append(num(MARGIN)).append("\" y=\"").append(num(y + 34)).append("\" fill=\"#52606d\">")
                .append(escape(legendNote(map))).append("</text>\n");
        svg.append("</g>\n");
    }

    /** The status colours in use (the neutral one without a region), then the critical-segment border. */
    private static List<Palette> legendEntries(ChainMap map) {
        var entries = new ArrayList<Palette>();
        if (map.region() == null) {
            entries.add(NO_REGION);
        } else {
            for (GapStatus status : new GapStatus[] {GapStatus.COVERED, GapStatus.SINGLE_SOURCE, GapStatus.WEAK, GapStatus.MISSING}) {
                entries.add(PALETTE.get(status));
            }
        }
        entries.add(CRITICAL);
        return entries;
    }

    private static String legendNote(ChainMap map) {
        return map.region() == null ? "箭头：上游环节供给下游环节"
                : "每个环节：本地企业数 · 其中优质企业数（" + map.year() + "年有效认定、大型企业或链主）· 处置类型；箭头：供给方向";
    }

    private static double legendWidth(ChainMap map) {
        double width = legendEntries(map).stream().mapToDouble(entry -> 28 + textWidth(entry.label(), 12) + 24).sum();
        return Math.max(width, textWidth(legendNote(map), 12));
    }

    /** One legend entry; returns the x of the next. */
    private static double swatch(StringBuilder svg, double x, double y, Palette palette) {
        svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y - 11)).append("\" width=\"22\" height=\"14\" rx=\"3\" fill=\"")
                .append(palette.fill()).append("\" stroke=\"").append(palette.stroke()).append("\" stroke-width=\"")
                .append(palette == CRITICAL ? "3" : "1.5").append("\"/>\n");
        svg.append("<text x=\"").append(num(x + 28)).append("\" y=\"").append(num(y)).append("\">").append(escape(palette.label()))
                .append("</text>\n");
        return x + 28 + textWidth(palette.label(), 12) + 24;
    }

    private static String tooltip(ChainMapNode node) {
        var text = new StringBuilder(node.name()).append("（").append(node.id()).append("）· ").append(STAGE_LABELS.get(node.stage()));
        if (node.critical()) {
            text.append(" · 关键环节");
        }
        if (node.status() != null) {
            text.append(" · ").append(node.status().label()).append(" · 本地企业 ").append(node.localSupplierCount())
                    .append(" 家，优质企业 ").append(node.qualitySupplierCount()).append(" 家");
            if (node.kind() != null) {
                text.append(" · ").append(node.kind().label()).append("，严重度 ").append(num4(node.severity()));
            }
        }
        return text.toString();
    }

    private static String detail(ChainMapNode node) {
        if (node.status() == null) {
            return STAGE_LABELS.get(node.stage()) + (node.critical() ? " · 关键环节" : "");
        }
        var text = new StringBuilder("本地 ").append(node.localSupplierCount()).append(" · 优质 ").append(node.qualitySupplierCount());
        if (node.kind() != null) {
            text.append(" · ").append(node.kind().label());
        }
        return text.toString();
    }

    /** {@code text}, cut with an ellipsis to fit {@code width} px at {@code size} px (the tooltip keeps it whole). */
    static String fit(String text, double width, double size) {
        if (textWidth(text, size) <= width) {
            return text;
        }
        var cut = new StringBuilder();
        double used = size;   // room for the ellipsis
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            double w = charWidth(codePoint, size);
            if (used + w > width) {
                break;
            }
            cut.appendCodePoint(codePoint);
            used += w;
            i += Character.charCount(codePoint);
        }
        return cut.append('…').toString();
    }

    /** An estimate without font metrics: CJK and full-width characters are square, others about 0.6 em. */
    static double textWidth(String text, double size) {
        return text.codePoints().mapToDouble(c -> charWidth(c, size)).sum();
    }

    private static double charWidth(int codePoint, double size) {
        return codePoint >= 0x2E80 ? size : size * 0.6;
    }

    /** Escapes text and attribute values, and drops characters XML 1.0 does not allow at all. */
    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** A figure with at most four decimals, as the API returns it. */
    static String num4(double value) {
        return BigDecimal.valueOf(value).setScale(Decimals.PLACES, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A coordinate with at most one decimal, locale-independent: one rendering for one map. */
    static String num(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The document's size and where the layout's origin lands in it. */
    private static final class Frame {
        final double width;
        final double height;
        final double left;
        final double top;

        Frame(ChainMap map) {
            left = MARGIN + NODE_WIDTH / 2 + 16;
            top = MARGIN + TITLE_HEIGHT + STAGE_HEADER_HEIGHT + NODE_HEIGHT / 2;
            double texts = 2 * MARGIN + Math.max(textWidth(title(map), 18), legendWidth(map));
            width = Math.max(Math.max(MIN_WIDTH, texts), left * 2 + map.width());
            height = top + map.height() + NODE_HEIGHT / 2 + 16 + 24 + LEGEND_HEIGHT + MARGIN;
        }

        double x(double layoutX) {
            return left + layoutX;
        }

        double y(double layoutY) {
            return top + layoutY;
        }
    }
}
