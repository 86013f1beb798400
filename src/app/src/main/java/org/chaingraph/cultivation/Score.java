package org.chaingraph.cultivation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaingraph.enterprises.Enterprise;

/**
 * A published scoring sheet (评价得分), e.g. the 创新型中小企业评价标准: indicators worth points by
 * bands of a figure, grouped (创新能力, 成长性, 专业化) with a minimum per group and in total. The
 * dataset rarely has every figure, so a firm's score is an interval: an indicator it lacks counts
 * 0 to its maximum, and a band the data cannot split (Ⅰ类知识产权 ≥ 1 scores 10, 15 or 20 depending
 * on kinds the dataset does not record) its lowest to highest points. The sheet is met when even
 * the lowest score passes, missed when even the highest fails, else unchecked for the firm.
 * {@code alternative}/{@code otherwise}: the published direct conditions (直通条件) in place of the
 * score, checkable or not.
 */
public record Score(String label, double min, List<Group> groups, List<Indicator> indicators, Criterion alternative, String otherwise) {

    public record Group(String name, double min) {
    }

    /**
     * {@code field} null: the dataset cannot tell this indicator ({@code floor} to {@code max}: the
     * least any firm scores, e.g. 5 for "其他领域"). Otherwise the first step the figure falls in
     * scores, else {@code rest}.
     */
    public record Indicator(String group, String label, Measure field, double max, double floor, List<Step> steps, Points rest) {
    }

    /** Figures with min ≤ figure ≤ max (a null bound is open; both inclusive: 以上、以下含本数) score {@code points}. */
    public record Step(Double min, Double max, Points points) {
        boolean contains(double actual) {
            return (min == null || actual >= min) && (max == null || actual <= max);
        }
    }

    /** An interval of points: low = high when the data decides the band's score. */
    public record Points(double low, double high) {
        Points plus(Points other) {
            return new Points(low + other.low, high + other.high);
        }
    }

    /** The firm's score, lowest and highest possible, in total and per group. */
    public record Result(Points total, Map<String, Points> byGroup) {
    }

    Result of(Enterprise enterprise, int year) {
        var byGroup = new LinkedHashMap<String, Points>();
        groups.forEach(g -> byGroup.put(g.name(), new Points(0, 0)));
        var total = new Points(0, 0);
        for (Indicator indicator : indicators) {
            Points points = points(indicator, enterprise, year);
            total = total.plus(points);
            byGroup.merge(indicator.group(), points, Points::plus);
        }
        return new Result(total, byGroup);
    }

    private static Points points(Indicator indicator, Enterprise enterprise, int year) {
        Double actual = indicator.field() == null ? null : indicator.field().of(enterprise, year);
        if (actual == null) {
            return new Points(indicator.floor(), indicator.max());
        }
        for (Step step : indicator.steps()) {
            if (step.contains(actual)) {
                return step.points();
            }
        }
        return indicator.rest();
    }

    Criterion.Verdict judge(Enterprise enterprise, int year) {
        Result result = of(enterprise, year);
        String sheet = label + " ≥ " + Criterion.number(min) + "分";
        if (result.total().low() >= min && groups.stream().allMatch(g -> result.byGroup().get(g.name()).low() >= g.min())) {
            return new Criterion.Verdict.Met(sheet + "（可核实部分已得 " + Criterion.number(result.total().low()) + "分）");
        }
        String missed = null;
        double shortfall = 0;
        if (result.total().high() < min) {
            missed = label + "至多 " + Criterion.number(result.total().high()) + "分 < " + Criterion.number(min) + "分";
            shortfall = (min - result.total().high()) / min;
        } else {
            for (Group g : groups) {
                Points p = result.byGroup().get(g.name());
                if (p.high() < g.min()) {
                    missed = g.name() + "得分至多 " + Criterion.number(p.high()) + "分 < " + Criterion.number(g.min()) + "分";
                    shortfall = (g.min() - p.high()) / g.min();
                    break;
                }
            }
        }
        if (alternative != null) {
            Criterion.Verdict direct = alternative.judge(enterprise, year);
            if (direct instanceof Criterion.Verdict.Met) {
                return new Criterion.Verdict.Met(alternative.describe() + "（直通条件）");
            }
        }
        if (missed == null) {
            return new Criterion.Verdict.Unknown(sheet + "（按数据可得 " + Criterion.number(result.total().low()) + "–"
                    + Criterion.number(result.total().high()) + "分，其余指标数据集无法核实）");
        }
        return new Criterion.Verdict.Unmet(missed + (otherwise == null ? "" : "；另可：" + otherwise + "（数据集无法核实）"), shortfall);
    }
}
