// The benchmark's floor for a page of the holders of a designation valid in $year within a region.
MATCH (:Designation {name: $designation})<-[h:HOLDS]-(e:Enterprise)
WHERE h.year <= $year AND (h.expires IS NULL OR h.expires >= $year)
  AND EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {code: $regionCode}) }
WITH DISTINCT e ORDER BY e.uscc
WITH collect(e) AS matches
RETURN size(matches) AS totalCount,
       [e IN matches[..20] | e {.uscc, .name, .scale, region: [(e)-[:LOCATED_IN]->(r:Region) | r {.code, .name}][0]}] AS page
