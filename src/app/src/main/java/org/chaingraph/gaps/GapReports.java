package org.chaingraph.gaps;

import java.util.Map;

import org.chaingraph.graphql.NotFoundException;
import org.chaingraph.graphql.YearArgument;
import org.chaingraph.neo4j.ResultCache;
import org.springframework.stereotype.Service;

/**
 * Builds gap reports and chain maps: validates the arguments, runs the two statements of a report
 * and applies the rules of {@link ChainCoverage}. Reports and maps are cached ({@link ResultCache}).
 */
@Service
public final class GapReports {

    private final GapRepository gaps;
    private final ResultCache cache;

    public GapReports(GapRepository gaps, ResultCache cache) {
        this.gaps = gaps;
        this.cache = cache;
    }

    public GapReport report(String chainId, String regionCode, Integer year) {
        int resolvedYear = YearArgument.orThisYear(year);
        return cache.getFromDataset("gaps/report", () -> computeReport(chainId, regionCode, resolvedYear), chainId, regionCode, resolvedYear);
    }

    private GapReport computeReport(String chainId, String regionCode, int resolvedYear) {
        var structure = structure(chainId, regionCode);
        return GapReport.of(structure, coverage(structure, regionCode, resolvedYear), resolvedYear, structure.priorities());
    }

    /** The chain's map, coloured by the region's coverage when {@code regionCode} is given. */
    public ChainMap map(String chainId, String regionCode, Integer year) {
        int resolvedYear = YearArgument.orThisYear(year);
        return cache.getFromDataset("gaps/map", () -> computeMap(chainId, regionCode, resolvedYear), chainId, regionCode, resolvedYear);
    }

    private ChainMap computeMap(String chainId, String regionCode, int resolvedYear) {
        var structure = structure(chainId, regionCode);
        return ChainMap.of(structure, regionCode == null ? null : coverage(structure, regionCode, resolvedYear), resolvedYear);
    }

    private ChainStructure structure(String chainId, String regionCode) {
        var structure = gaps.structure(chainId, regionCode)
                .orElseThrow(() -> new NotFoundException("chainId", "chain '" + chainId + "'"));
        if (regionCode != null && structure.region() == null) {
            throw new NotFoundException("regionCode", "region '" + regionCode + "'");
        }
        return structure;
    }

    private ChainCoverage coverage(ChainStructure structure, String regionCode, int year) {
        Map<String, SegmentCount> counts = gaps.counts(structure.chain().id(), regionCode, year);
        return ChainCoverage.of(structure.segments(), structure.flows(), counts, new Scope(regionCode, year));
    }
}
