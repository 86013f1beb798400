package org.chaingraph.cultivation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chaingraph.enterprises.Designation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The promotion rules of {@code cultivation/promotion-rules.yml}, read once and validated: rule sets
 * keyed by the date they take effect (the national 梯度培育 rules), and high-growth rules per region
 * code (no national standard: {@code default} unless a region, or a region above it, has its own),
 * and standing national standards outside the 梯度培育 rules (规模以上工业: the statistical one),
 * each in force from its own date.
 */
public record PromotionRules(List<RuleSet> ruleSets, Map<String, RegionRules> highGrowth, List<RuleSet> standards) {

    /** High-growth (瞪羚/独角兽) rules configured for a region. */
    public record RegionRules(String region, String name, String source, List<PromotionRule> rules) {
    }

    public static final String DEFAULT_REGION = "default";

    /** The rule set in force on the date: the latest one effective on or before it. */
    public Optional<RuleSet> inForceOn(LocalDate date) {
        return ruleSets.stream().filter(s -> !s.effective().isAfter(date)).max(Comparator.comparing(RuleSet::effective));
    }

    /**
     * The entry rule for {@code to} in force on {@code date} (入库, 达规: judged for firms holding no
     * step of its ladder), with the id of the set it belongs to: the national rule set's own, else a
     * standing standard's.
     */
    public Optional<Entry> entryRule(Designation to, LocalDate date) {
        var sets = new ArrayList<RuleSet>();
        inForceOn(date).ifPresent(sets::add);
        standards.stream().filter(s -> !s.effective().isAfter(date)).forEach(sets::add);
        for (RuleSet set : sets) {
            for (PromotionRule rule : set.rules()) {
                if (rule.entry() && rule.to() == to) {
                    return Optional.of(new Entry(set, rule));
                }
            }
        }
        return Optional.empty();
    }

    /** An entry rule and the set it belongs to. */
    public record Entry(RuleSet set, PromotionRule rule) {
    }

    /** The rule set that judges renewals (复核) in the years of {@code set}: the one it names, else itself. */
    public RuleSet renewalsOf(RuleSet set) {
        return set.renewalRuleSet() == null ? set
                : ruleSets.stream().filter(s -> s.id().equals(set.renewalRuleSet())).findFirst().orElseThrow();
    }

    /** The high-growth rules of the nearest region (the region first, then upwards) that has some, else the defaults. */
    public RegionRules highGrowthFor(List<String> regionCodesNearestFirst) {
        return regionCodesNearestFirst.stream().filter(highGrowth::containsKey).findFirst().map(highGrowth::get)
                .orElse(highGrowth.get(DEFAULT_REGION));
    }

    public static PromotionRules load(InputStream in, String where) {
        try (in) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return parse(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    static PromotionRules parse(Map<String, Object> root) {
        var sets = new ArrayList<RuleSet>();
        for (Map<String, Object> set : maps(root, "ruleSets")) {
            String id = string(set, "id");
            String renewalSet = null;
            String renewalSource = null;
            Set<Designation> renewalDesignations = Set.of();
            if (set.get("renewals") != null) {
                Map<String, Object> renewals = map(set, "renewals");
                renewalSet = string(renewals, "ruleSet");
                renewalSource = string(renewals, "source");
                renewalDesignations = Set.copyOf(strings(renewals, "designations").stream().map(PromotionRules::designation).toList());
            }
            sets.add(new RuleSet(id, string(set, "name"), LocalDate.parse(string(set, "effective")), string(set, "source"),
                    optionalString(set, "note"), rules(set, "ruleSets[" + id + "]"), renewalSet, renewalSource, renewalDesignations));
        }
        for (RuleSet set : sets) {
            if (set.renewalRuleSet() != null && sets.stream().noneMatch(s -> s.id().equals(set.renewalRuleSet()))) {
                throw new IllegalArgumentException("ruleSets[" + set.id() + "].renewals: unknown rule set '" + set.renewalRuleSet() + "'");
            }
        }
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("ruleSets: at least one rule set is needed");
        }
        if (sets.stream().map(RuleSet::effective).distinct().count() != sets.size()) {
            throw new IllegalArgumentException("ruleSets: two rule sets take effect on the same date");
        }
        var highGrowth = new LinkedHashMap<String, RegionRules>();
        Map<String, Object> regions = map(root, "highGrowth");
        for (var entry : regions.entrySet()) {
            String code = String.valueOf(entry.getKey());
            @SuppressWarnings("unchecked")
            Map<String, Object> block = (Map<String, Object>) entry.getValue();
            highGrowth.put(code, new RegionRules(code, string(block, "name"), string(block, "source"), rules(block, "highGrowth[" + code + "]")));
        }
        if (!highGrowth.containsKey(DEFAULT_REGION)) {
            throw new IllegalArgumentException("highGrowth: a 'default' block is needed");
        }
        sets.sort(Comparator.comparing(RuleSet::effective));
        var standards = new ArrayList<RuleSet>();
        for (Map<String, Object> set : maps(root, "standards")) {
            String id = string(set, "id");
            standards.add(new RuleSet(id, string(set, "name"), LocalDate.parse(string(set, "effective")), string(set, "source"),
                    optionalString(set, "note"), rules(set, "standards[" + id + "]"), null, null, Set.of()));
        }
        return new PromotionRules(List.copyOf(sets), Map.copyOf(highGrowth), List.copyOf(standards));
    }

    private static List<PromotionRule> rules(Map<String, Object> block, String where) {
        var rules = new ArrayList<PromotionRule>();
        for (Map<String, Object> rule : maps(block, "rules")) {
            Designation to = designation(string(rule, "to"));
            String at = where + ".rules[" + to + "]";
            try {
                if (rule.get("from") == null) {
                    throw new IllegalArgumentException("from: missing (an entry rule gives from: [])");
                }
                List<Designation> from = strings(rule, "from").stream().map(PromotionRules::designation).toList();
                if (from.isEmpty() && to.step() != 1) {
                    throw new IllegalArgumentException("from: [] (an entry rule) is only for the first step of a ladder");
                }
                var criteria = new ArrayList<Criterion>();
                for (Map<String, Object> c : maps(rule, "criteria")) {
                    criteria.add(criterion(c));
                }
                Score score = rule.get("score") == null ? null : score(map(rule, "score"));
                rules.add(new PromotionRule(to, Optional.ofNullable(optionalString(rule, "toName")).orElse(to.chineseName()), from,
                        List.copyOf(criteria), score, strings(rule, "unchecked"), optionalString(rule, "source")));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(rules);
    }

    private static Criterion criterion(Map<String, Object> c) {
        Criterion.Band band = null;
        if (c.get("when") != null) {
            Map<String, Object> when = map(c, "when");
            band = new Criterion.Band(Measure.byKey(string(when, "field")), number(when, "min"), number(when, "max"));
        }
        Double value = number(c, "value");
        if (value == null) {
            throw new IllegalArgumentException("criterion " + c + ": value is required");
        }
        Criterion alternative = c.get("alternative") == null ? null : criterion(map(c, "alternative"));
        return new Criterion(Measure.byKey(string(c, "field")), Criterion.Operator.bySymbol(string(c, "op")), value, string(c, "label"),
                Optional.ofNullable(optionalString(c, "unit")).orElse(""), band, optionalString(c, "otherwise"), alternative);
    }

    /**
     * A scoring sheet: {label, min, groups: [{name, min}], indicators: [{group, label, field?, max,
     * floor?, steps: [{min?, max?, points}], rest?}], alternative?, otherwise?}; points are a number or
     * [low, high]; the first step a figure falls in scores, else {@code rest} (0).
     */
    private static Score score(Map<String, Object> s) {
        var groups = new ArrayList<Score.Group>();
        for (Map<String, Object> g : maps(s, "groups")) {
            groups.add(new Score.Group(string(g, "name"), required(g, "min")));
        }
        var indicators = new ArrayList<Score.Indicator>();
        double total = 0;
        for (Map<String, Object> i : maps(s, "indicators")) {
            String group = string(i, "group");
            if (groups.stream().noneMatch(g -> g.name().equals(group))) {
                throw new IllegalArgumentException("score indicator '" + i.get("label") + "': unknown group '" + group + "'");
            }
            double max = required(i, "max");
            var steps = new ArrayList<Score.Step>();
            for (Map<String, Object> step : maps(i, "steps")) {
                Double low = number(step, "min");
                Double high = number(step, "max");
                if (low == null && high == null) {
                    throw new IllegalArgumentException("score indicator '" + i.get("label") + "': a step needs min or max");
                }
                steps.add(new Score.Step(low, high, points(step.get("points"), max)));
            }
            String field = optionalString(i, "field");
            if (field == null && !steps.isEmpty()) {
                throw new IllegalArgumentException("score indicator '" + i.get("label") + "': steps need a field");
            }
            double floor = Optional.ofNullable(number(i, "floor")).orElse(0.0);
            indicators.add(new Score.Indicator(group, string(i, "label"), field == null ? null : Measure.byKey(field), max, floor,
                    List.copyOf(steps), i.get("rest") == null ? new Score.Points(0, 0) : points(i.get("rest"), max)));
            total += max;
        }
        double min = required(s, "min");
        if (min > total) {
            throw new IllegalArgumentException("score: min " + min + " is more than the indicators' maximum " + total);
        }
        Criterion alternative = s.get("alternative") == null ? null : criterion(map(s, "alternative"));
        return new Score(string(s, "label"), min, List.copyOf(groups), List.copyOf(indicators), alternative, optionalString(s, "otherwise"));
    }

    private static Score.Points points(Object value, double max) {
        Score.Points points;
        if (value instanceof Number n) {
            points = new Score.Points(n.doubleValue(), n.doubleValue());
        } else if (value instanceof List<?> pair && pair.size() == 2 && pair.get(0) instanceof Number low && pair.get(1) instanceof Number high) {
            points = new Score.Points(low.doubleValue(), high.doubleValue());
        } else {
            throw new IllegalArgumentException("points: a number or [low, high] is needed, got '" + value + "'");
        }
        if (points.low() < 0 || points.high() < points.low() || points.high() > max) {
            throw new IllegalArgumentException("points " + value + ": must lie within 0.." + max);
        }
        return points;
    }

    private static double required(Map<String, Object> parent, String key) {
        Double value = number(parent, key);
        if (value == null) {
            throw new IllegalArgumentException(key + ": missing");
        }
        return value;
    }

    private static Designation designation(String name) {
        try {
            return Designation.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown designation '" + name + "'");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value == null) {
            throw new IllegalArgumentException(key + ": missing");
        }
        return (Map<String, Object>) value;
    }

    private static List<String> strings(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? List.of() : ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private static String string(Map<String, Object> parent, String key) {
        String value = optionalString(parent, key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + ": missing");
        }
        return value;
    }

    private static String optionalString(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? null : String.valueOf(value);
    }

    private static Double number(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(key + ": a number is needed, got '" + value + "'");
    }
}
