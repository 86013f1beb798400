package org.chaingraph.matchmaking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Enterprise;

/**
 * Scores candidate suppliers (docs/contracts.md §6, docs/matchmaking.md): five components, each a value in
 * [0, 1] that never decreases when its factor improves, weighted by {@link MatchWeights}. Values are
 * rounded to 4 decimals first and the score is the 4-decimal rounding of Σ value × weight over the
 * rounded values, so a client re-adding the components is within 0.00005 of the score.
 */
public final class SupplierScorer {

    public static final String SEGMENT_FIT = "segment_fit";
    public static final String CAPABILITY_FIT = "capability_fit";
    public static final String QUALITY = "quality";
    public static final String PROXIMITY = "proximity";
    public static final String TRACK_RECORD = "track_record";
    public static final List<String> FACTORS = List.of(SEGMENT_FIT, CAPABILITY_FIT, QUALITY, PROXIMITY, TRACK_RECORD);

    /** Wins beyond this many add nothing: track record saturates at 1. */
    static final int WINS_FOR_FULL_TRACK_RECORD = 3;
    /** Sharing a cluster with the demander is the closest tie; the same district (region) half of it. */
    static final double SAME_REGION = 0.5;

    private static final Map<Designation.Ladder, Integer> LADDER_TOPS = Arrays.stream(Designation.values())
            .collect(Collectors.toMap(Designation::ladder, Designation::step, Math::max, () -> new EnumMap<>(Designation.Ladder.class)));

    private final MatchWeights weights;

    public SupplierScorer(MatchWeights weights) {
        this.weights = weights;
    }

    /**
     * The score alone, without explanations: what ranking a pool of 10^4–10^5 candidates needs. Equal
     * to {@link #match}'s score (same values, same order of summing).
     */
    public double score(Demand demand, Candidate candidate) {
        return round(DoubleStream.of(segmentFitValue(candidate) * weights.segmentFit(),
                capabilityFitValue(demand, candidate) * weights.capabilityFit(),
                qualityValue(candidate) * weights.quality(),
                proximityValue(demand, candidate) * weights.proximity(),
                trackRecordValue(candidate) * weights.trackRecord()).sum());
    }

    /** The candidate's score with its explained components, for {@code enterprise} (the candidate's firm). */
    public SupplierMatch match(Demand demand, Candidate candidate, Enterprise enterprise) {
        List<ScoreComponent> components = List.of(segmentFit(demand, candidate), capabilityFit(demand, candidate),
                quality(candidate), proximity(demand, candidate), trackRecord(candidate));
        double sum = components.stream().mapToDouble(c -> c.value() * c.weight()).sum();
        return new SupplierMatch(enterprise, round(sum), candidate.existingSupplier(), components);
    }

    /**
     * The best candidates of one demand: existing suppliers left out unless {@code includeExisting},
     * best first (score desc, then USCC), at most {@code limit}.
     */
    public List<Candidate> best(Demand demand, List<Candidate> candidates, int limit, boolean includeExisting) {
        return candidates.stream()
                .filter(c -> includeExisting || !c.existingSupplier())
                .map(c -> new Ranked(c, score(demand, c)))
                .sorted(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(r -> r.candidate().uscc()))
                .limit(limit)
                .map(Ranked::candidate)
                .toList();
    }

    private record Ranked(Candidate candidate, double score) {
    }

    /** {@code best}, in its order, explained; a candidate whose firm is not in {@code firms} (deleted meanwhile) is left out. */
    public List<SupplierMatch> matches(Demand demand, List<Candidate> best, Map<String, Enterprise> firms) {
        return best.stream()
                .filter(c -> firms.containsKey(c.uscc()))
                .map(c -> match(demand, c, firms.get(c.uscc())))
                .toList();
    }

    /** The USCCs of candidates, in order. */
    public static List<String> usccs(Collection<Candidate> candidates) {
        return candidates.stream().map(Candidate::uscc).toList();
    }

    private static double segmentFitValue(Candidate candidate) {
        return candidate.segments().isEmpty() ? 0 : 1;
    }

    private static double capabilityFitValue(Demand demand, Candidate candidate) {
        int required = demand.capabilities().size();
        return required == 0 ? 0 : round((double) candidate.capabilities().size() / required);
    }

    private static double qualityValue(Candidate candidate) {
        double height = 0;
        for (Designation designation : candidate.designations()) {
            height = Math.max(height, height(designation));
        }
        return round(height);
    }

    private static double proximityValue(Demand demand, Candidate candidate) {
        if (demand.demander() == null) {
            return 0;
        }
        return !candidate.sharedClusters().isEmpty() ? 1 : candidate.sameRegion() ? SAME_REGION : 0;
    }

    private static double trackRecordValue(Candidate candidate) {
        return round((double) Math.min(candidate.wins(), WINS_FOR_FULL_TRACK_RECORD) / WINS_FOR_FULL_TRACK_RECORD);
    }

    private ScoreComponent segmentFit(Demand demand, Candidate candidate) {
        if (candidate.segments().isEmpty()) {
            return new ScoreComponent(SEGMENT_FIT, segmentFitValue(candidate), weights.segmentFit(), "未从事需求环节");
        }
        String what = switch (demand.kind()) {
            case LEADER -> "生产上游环节：";
            case CHALLENGE -> "从事榜单目标环节：";
            case SEGMENT -> "从事该环节：";
        };
        return new ScoreComponent(SEGMENT_FIT, segmentFitValue(candidate), weights.segmentFit(), what + String.join("、", candidate.segments()));
    }

    private ScoreComponent capabilityFit(Demand demand, Candidate candidate) {
        int required = demand.capabilities().size();
        if (required == 0) {
            return new ScoreComponent(CAPABILITY_FIT, 0, weights.capabilityFit(), "需求环节未列出所需能力");
        }
        int held = candidate.capabilities().size();
        String explanation = "具备 " + held + "/" + required + " 项所需能力" + (held == 0 ? "" : "：" + String.join("、", candidate.capabilities()));
        return new ScoreComponent(CAPABILITY_FIT, capabilityFitValue(demand, candidate), weights.capabilityFit(), explanation);
    }

    private ScoreComponent quality(Candidate candidate) {
        Designation best = null;
        double height = 0;
        for (Designation designation : candidate.designations()) {
            double h = height(designation);
            if (h > height || (h == height && best != null && designation.compareTo(best) < 0)) {
                height = h;
                best = designation;
            }
        }
        if (best == null) {
            return new ScoreComponent(QUALITY, 0, weights.quality(), "无有效梯度培育认定");
        }
        String explanation = best.chineseName() + "（梯度第 " + best.step() + "/" + LADDER_TOPS.get(best.ladder()) + " 级）";
        return new ScoreComponent(QUALITY, qualityValue(candidate), weights.quality(), explanation);
    }

    /** Height on its own ladder, top step = 1, so ladders of different lengths compare. */
    static double height(Designation designation) {
        return (double) designation.step() / LADDER_TOPS.get(designation.ladder());
    }

    private ScoreComponent proximity(Demand demand, Candidate candidate) {
        if (demand.demander() == null) {
            return new ScoreComponent(PROXIMITY, 0, weights.proximity(), "无需求方企业，不计邻近度");
        }
        if (!candidate.sharedClusters().isEmpty()) {
            return new ScoreComponent(PROXIMITY, proximityValue(demand, candidate), weights.proximity(), "同属" + String.join("、", candidate.sharedClusters()));
        }
        if (candidate.sameRegion()) {
            return new ScoreComponent(PROXIMITY, proximityValue(demand, candidate), weights.proximity(), "同在" + demand.regionName());
        }
        return new ScoreComponent(PROXIMITY, 0, weights.proximity(), "与需求方不在同一集群或地区");
    }

    private ScoreComponent trackRecord(Candidate candidate) {
        int wins = candidate.wins();
        if (wins == 0) {
            return new ScoreComponent(TRACK_RECORD, 0, weights.trackRecord(), "尚无揭榜挂帅中标记录");
        }
        return new ScoreComponent(TRACK_RECORD, trackRecordValue(candidate), weights.trackRecord(), "揭榜挂帅中标 " + wins + " 项");
    }

    /** Half-up to 4 decimals from the shortest decimal form (0.35 × 1 + 0.25 × 0.5 is 0.475, not 0.47499…). */
    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
