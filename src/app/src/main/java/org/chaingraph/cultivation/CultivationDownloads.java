package org.chaingraph.cultivation;

import java.util.ArrayList;
import java.util.List;

import org.chaingraph.graphql.YearArgument;
import org.chaingraph.web.Spreadsheet;
import org.chaingraph.web.Spreadsheet.Column;
import org.chaingraph.web.Spreadsheet.Kind;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A cultivation office's lists as spreadsheets ({@link Spreadsheet}: Chinese headers, {@code lang=en}
 * English): {@code GET /reports/cultivation/{regionCode}.csv|.xlsx?year=} — the report's promotion
 * and renewal candidates with what they meet and miss — and {@code GET /reports/incentives/{regionCode}.csv|.xlsx?year=}
 * — the region's incentive budget. Both hold firms' figures and money, so they need role ANALYST
 * (security/SecurityConfiguration), as the same fields do in GraphQL. The year defaults to this one.
 */
@RestController
final class CultivationDownloads {

    static final List<Column> CANDIDATES = List.of(
            new Column("统一社会信用代码", "uscc", Kind.USCC),
            new Column("企业名称", "name", Kind.TEXT),
            new Column("现有认定", "from", Kind.TEXT),
            new Column("拟认定", "to", Kind.TEXT),
            new Column("是否复核", "renewal", Kind.BOOLEAN),
            new Column("是否达标", "qualifies", Kind.BOOLEAN),
            new Column("未达标准", "unmet", Kind.TEXT),
            new Column("已达标准", "met", Kind.TEXT),
            new Column("无法核验的标准", "unchecked", Kind.TEXT),
            new Column("规则", "rule_set", Kind.TEXT),
            new Column("依据", "source", Kind.TEXT));

    static final List<Column> BUDGET = List.of(
            new Column("奖补编号", "id", Kind.TEXT),
            new Column("奖补名称", "name", Kind.TEXT),
            new Column("认定类型", "designation", Kind.TEXT),
            new Column("认定级别", "level", Kind.TEXT),
            new Column("触发条件", "trigger", Kind.TEXT),
            new Column("金额（万元）", "amount", Kind.NUMBER),
            new Column("不重复享受组", "exclusive_group", Kind.TEXT),
            new Column("企业数", "firm_count", Kind.NUMBER),
            new Column("因从优就高未享受的企业数", "superseded_count", Kind.NUMBER),
            new Column("合计（万元）", "total_amount", Kind.NUMBER),
            new Column("来源", "source", Kind.TEXT));

    private final Cultivation cultivation;

    CultivationDownloads(Cultivation cultivation) {
        this.cultivation = cultivation;
    }

    @GetMapping("/reports/cultivation/{regionCode}.{format}")
    ResponseEntity<byte[]> candidates(@PathVariable String regionCode, @PathVariable String format, @RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) String lang) {
        var as = Spreadsheet.Format.of(format);
        int resolved = YearArgument.orThisYear(year);
        boolean english = Spreadsheet.english(lang);
        return Spreadsheet.download(as, "cultivation-" + regionCode + "-" + resolved, "培育名单", "candidates", CANDIDATES,
                candidates(regionCode, resolved, english), english);
    }

    @GetMapping("/reports/incentives/{regionCode}.{format}")
    ResponseEntity<byte[]> budget(@PathVariable String regionCode, @PathVariable String format, @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) String lang) {
        var as = Spreadsheet.Format.of(format);
        int resolved = YearArgument.orThisYear(year);
        return Spreadsheet.download(as, "incentives-" + regionCode + "-" + resolved, "奖补预算", "incentives", BUDGET, budget(regionCode, resolved),
                Spreadsheet.english(lang));
    }

    private List<List<Object>> candidates(String regionCode, int year, boolean english) {
        var rows = new ArrayList<List<Object>>();
        for (PromotionCandidate candidate : cultivation.report(regionCode, year, null).candidates()) {
            rows.add(java.util.Arrays.asList(candidate.enterprise().uscc(), candidate.enterprise().name(),
                    candidate.from() == null ? null : english ? candidate.from().name() : candidate.from().chineseName(),
                    english ? candidate.to().name() : candidate.toName(),
                    candidate.renewal(), candidate.qualifies(), String.join("；", candidate.unmet()), String.join("；", candidate.met()),
                    String.join("；", candidate.uncheckedCriteria()), candidate.ruleSet(), candidate.source()));
        }
        return rows;
    }

    private List<List<Object>> budget(String regionCode, int year) {
        var rows = new ArrayList<List<Object>>();
        for (IncentiveBudget line : cultivation.summary(regionCode, year).incentives()) {
            Incentive incentive = line.incentive();
            rows.add(java.util.Arrays.asList(incentive.id(), incentive.name(), incentive.designation().name(),
                    incentive.level() == null ? null : incentive.level().name(), incentive.trigger().name(), incentive.amount(),
                    incentive.exclusiveGroup(), line.firmCount(), line.supersededCount(), line.totalAmount(), incentive.source()));
        }
        return rows;
    }
}
