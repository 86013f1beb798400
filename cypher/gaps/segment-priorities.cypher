// The priority each segment of chain $chainId has for region $regionCode: set by the region itself or,
// failing that, by the nearest region above it (a district follows its city's weighting).
MATCH (root:Region {code: $regionCode})
MATCH path = (root)-[:PART_OF*0..]->(r:Region)-[p:PRIORITISES]->(s:Segment)-[:IN_CHAIN]->(:Chain {id: $chainId})
WITH s, p, r, length(path) AS distance
ORDER BY s.id, distance
WITH s, head(collect({weight: p.weight, reason: p.reason, source: p.source, region: r})) AS nearest
RETURN s.id AS segmentId, nearest.weight AS weight, nearest.reason AS reason, nearest.source AS source, nearest.region AS region
ORDER BY segmentId
