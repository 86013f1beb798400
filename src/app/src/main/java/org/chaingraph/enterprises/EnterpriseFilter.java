package org.chaingraph.enterprises;

import java.util.HashMap;
import java.util.Map;

import org.chaingraph.graphql.Arguments;
import org.chaingraph.graphql.BadRequestException;
import org.chaingraph.graphql.YearArgument;

/**
 * The {@code EnterpriseFilter} input: every criterion given must hold. {@code regionCode} covers
 * the region and every region below it; {@code designation} must be valid in {@code year} (default:
 * this year in China); {@code chainId} means operating in any segment of the chain.
 */
public record EnterpriseFilter(String regionCode, Designation designation, Integer year, Scale scale,
                               String segmentId, String chainId, String clusterId) {

    public static final EnterpriseFilter NONE = new EnterpriseFilter(null, null, null, null, null, null, null);

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
            return YearArgument.orThisYear(null);
        }
        if (designation == null) {
            throw new BadRequestException("filter.year", "applies only together with filter.designation");
        }
        return YearArgument.require("filter.year", year);
    }

    private static String id(String field, String value) {
        return Arguments.optionalId("filter." + field, value);
    }
}
