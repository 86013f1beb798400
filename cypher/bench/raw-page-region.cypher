// The benchmark's floor for a page of the enterprises in a region (and below it): total and the
// first 20 by USCC with their region.
MATCH (:Region {code: $regionCode})<-[:PART_OF*0..]-(:Region)<-[:LOCATED_IN]-(e:Enterprise)
WITH e ORDER BY e.uscc
WITH collect(e) AS matches
RETURN size(matches) AS totalCount,
       [e IN matches[..20] | e {.uscc, .name, .scale, region: [(e)-[:LOCATED_IN]->(r:Region) | r {.code, .name}][0]}] AS page
