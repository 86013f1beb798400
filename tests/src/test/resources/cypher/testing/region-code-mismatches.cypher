// Tests only: firms whose `regionCode` is not the code of their LOCATED_IN region.
MATCH (e:Enterprise)-[:LOCATED_IN]->(r:Region)
WHERE e.regionCode IS NULL OR e.regionCode <> r.code
RETURN count(e) AS mismatches
