package org.chaingraph.gaps;

import java.util.List;

import org.chaingraph.chains.Chain;
import org.chaingraph.regions.Region;

/** Where region {@code region} covers chain {@code chain} in {@code year}, and where it does not (DESIGN §6). */
public record GapReport(Chain chain, Region region, int year, List<SegmentCoverage> segments, List<Gap> gaps, GapSummary summary) {

    static GapReport of(ChainStructure structure, ChainCoverage coverage, int year) {
        return new GapReport(structure.chain(), structure.region(), year, coverage.segments(), coverage.gaps(), coverage.summary());
    }
}
