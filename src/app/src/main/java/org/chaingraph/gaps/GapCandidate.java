package org.chaingraph.gaps;

import java.util.List;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Enterprise;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * An enterprise that could fill a gap (招商 target or local firm to grow into the segment), with its
 * score (see {@link CandidateScore}) and the reasons behind it.
 *
 * @param local                whether it is located in the region (and so holds a required capability
 *                             without operating in the segment yet); otherwise it operates in the segment elsewhere
 * @param matchedCapabilities  the segment's required capabilities it holds, by name
 */
public record GapCandidate(Enterprise enterprise, double score, List<String> reasons, boolean local, List<String> matchedCapabilities) {

    /** From a row of {@code gaps/candidates}. */
    public static GapCandidate of(Record row) {
        Enterprise enterprise = Enterprise.from(row.get("enterprise"));
        boolean operatesElsewhere = row.get("operates").asBoolean();
        List<String> held = row.get("held").asList(Value::asString).stream().distinct().sorted().toList();
        List<Designation> designations = row.get("designations").asList(v -> Designation.valueOf(v.asString()));
        var reasons = CandidateScore.reasons(operatesElsewhere, held, designations, row.get("leads").asBoolean(), enterprise.scale());
        return new GapCandidate(enterprise, row.get("score").asDouble(), reasons, !operatesElsewhere, held);
    }
}
