package org.chaingraph.gaps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Scale;

/**
 * How gap candidates are scored, in one place: {@code gaps/candidates} computes the score in the
 * store (so only the best {@code first} rows per gap come back) from the parameters built here.
 *
 * <pre>
 * score = 0.4 × segment      1 when it already operates in the segment (elsewhere), else 0
 *       + 0.3 × capability   share of the segment's required capabilities it holds (0 when none required)
 *       + 0.2 × quality      height on its best ladder: step / top step of that ladder, over designations
 *                            valid in the year (LITTLE_GIANT 4/5 = 0.8); 1 for a chain leader (链主)
 *       + 0.1 × scale        MICRO 0, SMALL 1/3, MEDIUM 2/3, LARGE 1
 * </pre>
 * rounded to 4 decimals, in [0, 1]; ties by USCC.
 */
public final class CandidateScore {

    public static final double SEGMENT_WEIGHT = 0.4;
    public static final double CAPABILITY_WEIGHT = 0.3;
    public static final double QUALITY_WEIGHT = 0.2;
    public static final double SCALE_WEIGHT = 0.1;
    public static final double LEADER_HEIGHT = 1.0;

    static final String OPERATES_ELSEWHERE = "已在外地从事该环节";
    static final String LOCAL_NOT_YET = "本地企业，尚未从事该环节";
    static final String CAPABILITIES = "具备所需能力：";
    static final String CHAIN_LEADER = "链主企业";
    static final Map<Scale, String> SCALE_REASONS = new EnumMap<>(Map.of(Scale.LARGE, "大型企业", Scale.MEDIUM, "中型企业"));

    private CandidateScore() {
    }

    /** {@code $weights}, {@code $heights}, {@code $scales} and {@code $leaderHeight} of {@code gaps/candidates}. */
    static Map<String, Object> parameters() {
        var heights = new TreeMap<String, Double>();
        Arrays.stream(Designation.values()).forEach(d -> heights.put(d.name(), height(d)));
        var scales = new TreeMap<String, Double>();
        Arrays.stream(Scale.values()).forEach(s -> scales.put(s.name(), scaleValue(s)));
        return Map.of(
                "weights", Map.of("segment", SEGMENT_WEIGHT, "capability", CAPABILITY_WEIGHT, "quality", QUALITY_WEIGHT, "scale", SCALE_WEIGHT),
                "heights", heights,
                "scales", scales,
                "leaderHeight", LEADER_HEIGHT);
    }

    /** A designation's height on its ladder, in (0, 1]: its step over the ladder's top step. */
    static double height(Designation designation) {
        int top = Arrays.stream(Designation.values()).filter(d -> d.ladder() == designation.ladder())
                .mapToInt(Designation::step).max().orElseThrow();
        return (double) designation.step() / top;
    }

    static double scaleValue(Scale scale) {
        return (double) scale.ordinal() / (Scale.values().length - 1);
    }

    /** The highest designation by {@link #height}, the first in enum order on a tie. */
    static Optional<Designation> best(List<Designation> designations) {
        return designations.stream().min(Comparator.comparingDouble(CandidateScore::height).reversed()
                .thenComparing(Comparator.naturalOrder()));
    }

    /**
     * Plain-language reasons, in Chinese, in the order of the score's terms: where it stands with the
     * segment, the required capabilities it holds, its best designation, chain leadership, scale.
     */
    static List<String> reasons(boolean operatesElsewhere, List<String> heldCapabilities, List<Designation> designations,
                                boolean leads, Scale scale) {
        var reasons = new ArrayList<String>();
        reasons.add(operatesElsewhere ? OPERATES_ELSEWHERE : LOCAL_NOT_YET);
        if (!heldCapabilities.isEmpty()) {
            reasons.add(CAPABILITIES + String.join("、", heldCapabilities));
        }
        best(designations).ifPresent(d -> reasons.add(d.chineseName()));
        if (leads) {
            reasons.add(CHAIN_LEADER);
        }
        if (SCALE_REASONS.containsKey(scale)) {
            reasons.add(SCALE_REASONS.get(scale));
        }
        return List.copyOf(reasons);
    }
}
