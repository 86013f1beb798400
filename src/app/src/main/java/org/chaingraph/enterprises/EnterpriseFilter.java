package org.chaingraph.enterprises;

import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.chaingraph.graphql.Arguments;
import org.chaingraph.graphql.BadRequestException;

/**
 * The {@code EnterpriseFilter} input: every criterion given must hold. {@code regionCode} covers
 * the region and every region below it; {@code designation} must be valid in {@code year} (default:
 * this year in China); {@code chainId} means operating in any segment of the chain.
 */
public record EnterpriseFilter(String regionCode, Designation designation, Integer year, Scale scale,
                               String segmentId, String chainId, String clusterId) {

    public static final EnterpriseFilter NONE = new EnterpriseFilter(null, null, null, null, null, null, null);

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2100;

    public static EnterpriseFilter orNone(EnterpriseFilter filter) {
        return filter == null ? NONE : filter;
    }

    /** The parameters of {@code enterprises/page}, one per criterion (null = not applied); validates them. */
    public Map<String, Object> parameters() {
        var parameters = new HashMap<String, Object>();
        parameters.put("regionCode", id("regionCode", regionCode));
        parameters.put("segmentId", id("segmentId", segmentId));
        parameters.put("chainId", id("chainId", chainId));
        parameters.put("clusterId", id("clusterId", clusterId));
        parameters.put("scale", scale == null ? null : scale.name());
        parameters.put("designation", designation == null ? null : designation.name());
        parameters.put("year", validYear());
        return parameters;
    }

    private int validYear() {
        if (year == null) {
            return Year.now(CHINA).getValue();
        }
        if (designation == null) {
            throw new BadRequestException("filter.year", "applies only together with filter.designation");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new BadRequestException("filter.year", "must be between " + MIN_YEAR + " and " + MAX_YEAR + ", got " + year);
        }
        return year;
    }

    private static String id(String field, String value) {
        return Arguments.optionalId("filter." + field, value);
    }
}
