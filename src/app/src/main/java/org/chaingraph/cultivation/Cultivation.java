package org.chaingraph.cultivation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.UsccArgument;
import org.chaingraph.graphql.BadRequestException;
import org.chaingraph.graphql.Connection;
import org.chaingraph.graphql.Page;
import org.chaingraph.graphql.NotFoundException;
import org.chaingraph.graphql.YearArgument;
import org.chaingraph.limits.RegionReports;
import org.chaingraph.neo4j.ResultCache;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * Cultivation reports, incentive matches and budgets: a fixed number of statements per call, the
 * rules applied in Java ({@link Tally}, {@link Promotions}, {@link IncentiveMatcher}).
 */
@Service
public final class Cultivation {

    private final CultivationRepository repository;
    private final PromotionRules rules;
    private final int nearMissMaxUnmet;
    private final double entryNearMissShortfall;
    private final ResultCache cache;
    private final RegionReports regionReports;

    Cultivation(CultivationRepository repository, CultivationProperties properties, ResourceLoader resources, ResultCache cache,
                RegionReports regionReports) {
        this.repository = repository;
        this.cache = cache;
        this.regionReports = regionReports;
        this.nearMissMaxUnmet = properties.nearMissMaxUnmet();
        this.entryNearMissShortfall = properties.entryNearMissShortfall();
        var resource = resources.getResource(properties.rules());
        try {
            this.rules = PromotionRules.load(resource.getInputStream(), properties.rules());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read promotion rules at " + properties.rules(), e);
        }
    }

    public PromotionRules rules() {
        return rules;
    }

    /** Three statements: the region, its targets, its enterprises with their awards. */
    public CultivationReport report(String regionCode, Integer yearArgument, LocalDate asOf) {
        return regionReport("cultivation/report", () -> computeReport(regionCode, yearArgument, asOf), regionCode, yearArgument, asOf);
    }

    private CultivationReport computeReport(String regionCode, Integer yearArgument, LocalDate asOf) {
        int year = YearArgument.require(yearArgument);
        var region = repository.region(regionCode).orElseThrow(() -> new NotFoundException("regionCode", "region " + regionCode));
        // The rule set in force on 31 December of the year asked, unless the client names the date.
        LocalDate ruleDate = asOf != null ? asOf : LocalDate.of(year, 12, 31);
        List<Firm> firms = awardedFirms(regionCode);
        var counts = Tally.counts(firms, year);
        var allTargets = repository.targets(regionCode);
        var targets = allTargets.stream().filter(t -> t.kind() == TargetKind.DESIGNATION).map(t -> Tally.progress(t, firms, year)).toList();
        var others = allTargets.stream().filter(t -> t.kind() != TargetKind.DESIGNATION).toList();
        // One more statement only for a region that sets such targets.
        var actuals = others.isEmpty() ? null : repository.targetActuals(regionCode);
        // A revenue tier counts firms with or without awards.
        var tierFirms = others.stream().anyMatch(t -> t.kind() == TargetKind.REVENUE_TIER) ? firms(regionCode) : firms;
        var otherTargets = others.stream().map(t -> actuals.progress(t, tierFirms)).toList();
        var ruleSet = rules.inForceOn(ruleDate).orElse(null);
        var highGrowth = rules.highGrowthFor(Stream.concat(Stream.of(regionCode), region.ancestors().stream()).toList());
        var candidates = new ArrayList<PromotionCandidate>();
        if (ruleSet != null) {
            candidates.addAll(Promotions.underRuleSet(firms, rules, ruleSet, year, nearMissMaxUnmet));
        }
        candidates.addAll(Promotions.candidates(firms, "high-growth:" + highGrowth.region(), highGrowth.rules(), year, nearMissMaxUnmet));
        return new CultivationReport(region.region(), year, ruleDate, counts, targets, otherTargets, Pyramid.of(counts), Promotions.sorted(candidates),
                ruleSet, highGrowth);
    }

    /**
     * A page of the report's entry candidates for {@code to} (入库, 达规 lists): the entry rule in force
     * on the report's date judges every firm of the region holding no step of its ladder; the whole
     * ordered list is computed once per data version and paged from the cache.
     */
    public EntrantConnection entrants(CultivationReport report, Designation to, Integer first, String after) {
        var page = Page.of(first, after);
        if (to == null) {
            throw new BadRequestException("to", "is required");
        }
        var entry = rules.entryRule(to, report.asOf()).orElseThrow(() -> new BadRequestException("to",
                "no entry rule for " + to + " is in force on " + report.asOf() + "; entry rules exist for "
                        + entryDesignations(report.asOf()) + " (docs/cultivation.md)"));
        String code = report.region().code();
        List<PromotionCandidate> all = regionReport("cultivation/entrants",
                () -> Promotions.entrants(firms(code), entry.set().id(), entry.rule(), report.year(), nearMissMaxUnmet, entryNearMissShortfall),
                code, report.year(), report.asOf(), to);
        int start = 0;
        if (page.afterKey() != null) {
            start = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).enterprise().uscc().equals(page.afterKey())) {
                    start = i + 1;
                    break;
                }
            }
            if (start < 0) {
                throw new BadRequestException("after", "the cursor's enterprise is no longer in this list (the data changed): "
                        + "start again without after");
            }
        }
        var rows = all.subList(start, Math.min(all.size(), start + page.limit()));
        var connection = Connection.of(rows, page, all.size(), start, c -> c.enterprise().uscc());
        int qualifying = (int) all.stream().filter(PromotionCandidate::qualifies).count();
        return new EntrantConnection(connection.edges(), connection.pageInfo(), all.size(), qualifying, entry.set().id(), entry.rule().source());
    }

    /**
     * The report's promotion candidates narrowed by the arguments of {@code CultivationReport.candidates}:
     * to one of {@code to}, qualifying or not, renewals or not, the first {@code first} (all when null).
     */
    public List<PromotionCandidate> candidates(CultivationReport report, List<Designation> to, Boolean qualifies, Boolean renewal,
                                               Integer first) {
        if (first != null && first < 0) {
            throw new BadRequestException("first", "must not be negative, got " + first);
        }
        var shown = report.candidates().stream()
                .filter(c -> to == null || to.contains(c.to()))
                .filter(c -> qualifies == null || c.qualifies() == qualifies)
                .filter(c -> renewal == null || c.renewal() == renewal);
        return (first == null ? shown : shown.limit(first)).toList();
    }

    /**
     * A cached answer that holds every firm of a region while it is computed: computed when its turn
     * comes (RegionReports), unless the report computed ahead (ReportWarmUp) or another request's
     * has put it in the cache meanwhile.
     */
    private <T> T regionReport(String name, Supplier<T> compute, Object... arguments) {
        return cache.getFromDataset(name, () -> regionReports.run(() -> cache.getFromDataset(name, compute, arguments)), arguments);
    }

    /** Every firm of the region with its awards: read once for its entry lists (and revenue-tier targets). */
    private List<Firm> firms(String regionCode) {
        return cache.getBriefly("cultivation/firms", () -> List.copyOf(repository.firms(regionCode, false)), regionCode);
    }

    /**
     * The firms of the region holding some award, all that a report's counts, targets, promotions
     * and renewals and an incentive summary concern: taken from every firm when those were just read.
     */
    private List<Firm> awardedFirms(String regionCode) {
        return cache.getBriefly("cultivation/awarded-firms", () -> cache.<List<Firm>>peekBriefly("cultivation/firms", regionCode)
                .map(all -> all.stream().filter(f -> !f.awards().isEmpty()).toList())
                .orElseGet(() -> List.copyOf(repository.firms(regionCode, true))), regionCode);
    }

    /** The designations with an entry rule in force on {@code date}. */
    List<Designation> entryDesignations(LocalDate date) {
        return Arrays.stream(Designation.values()).filter(d -> rules.entryRule(d, date).isPresent()).toList();
    }

    /**
     * What the national rule set in force on 31 December of {@code year} proposes for {@code firms}:
     * promotions to their next designation (and near misses, naming what they lack) and renewals.
     */
    public List<PromotionCandidate> nationalCandidates(List<Firm> firms, int year) {
        return rules.inForceOn(LocalDate.of(year, 12, 31))
                .map(set -> Promotions.underRuleSet(firms, rules, set, year, nearMissMaxUnmet))
                .orElse(List.of());
    }

    /** One statement: the enterprise, its awards, its regions and their incentives. */
    public List<IncentiveMatch> incentives(String uscc, Integer yearArgument) {
        return cache.getFromDataset("cultivation/incentives", () -> computeIncentives(uscc, yearArgument), uscc, yearArgument);
    }

    private List<IncentiveMatch> computeIncentives(String uscc, Integer yearArgument) {
        UsccArgument.require("uscc", uscc);
        int year = YearArgument.require(yearArgument);
        var found = repository.firm(uscc).orElseThrow(() -> new NotFoundException("uscc", "enterprise " + uscc));
        return IncentiveMatcher.match(found.firm(), found.incentives(), year);
    }

    /** Three statements: the region, its enterprises, the incentives that concern them. */
    public IncentiveSummary summary(String regionCode, Integer yearArgument) {
        return regionReport("cultivation/summary", () -> computeSummary(regionCode, yearArgument), regionCode, yearArgument);
    }

    private IncentiveSummary computeSummary(String regionCode, Integer yearArgument) {
        int year = YearArgument.require(yearArgument);
        var region = repository.region(regionCode).orElseThrow(() -> new NotFoundException("regionCode", "region " + regionCode));
        // Every trigger is an award: firms without one get nothing.
        var firms = awardedFirms(regionCode);
        var offered = repository.incentivesOffered(regionCode);
        var all = offered.stream().map(OfferedIncentive::incentive).toList();
        var within = offered.stream().filter(OfferedIncentive::within).map(o -> o.incentive().id()).collect(java.util.stream.Collectors.toSet());
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Double> amounts = new HashMap<>();
        var paidFirms = new HashSet<String>();
        for (Firm firm : firms) {
            for (IncentiveMatch match : IncentiveMatcher.match(firm, all, year)) {
                int[] c = counts.computeIfAbsent(match.id(), k -> new int[2]);
                c[match.superseded() ? 1 : 0]++;
                if (!match.superseded()) {
                    amounts.merge(match.id(), match.amount(), Double::sum);
                    if (within.contains(match.id())) {
                        paidFirms.add(firm.uscc());
                    }
                }
            }
        }
        var budgets = new ArrayList<IncentiveBudget>();
        for (OfferedIncentive o : offered) {
            if (o.within()) {
                int[] c = counts.getOrDefault(o.incentive().id(), new int[2]);
                budgets.add(new IncentiveBudget(o.incentive(), c[0], c[1], amounts.getOrDefault(o.incentive().id(), 0.0)));
            }
        }
        double total = budgets.stream().mapToDouble(IncentiveBudget::totalAmount).sum();
        return new IncentiveSummary(region.region(), year, List.copyOf(budgets), paidFirms.size(), total);
    }
}
