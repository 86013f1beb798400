// The region and the codes of the regions above it, nearest first.
MATCH (r:Region {code: $regionCode})
OPTIONAL MATCH p = (r)-[:PART_OF*1..]->(a:Region)
WITH r, a, length(p) AS distance
ORDER BY distance
RETURN r AS region, collect(a.code) AS ancestors
