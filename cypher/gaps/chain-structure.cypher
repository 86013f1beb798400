// The chain, the region $regionCode (null when not given or unknown), every segment of the chain
// with its parent segment's id, and the FEEDS flows between two segments of the chain (docs/contracts.md §6
// follows FEEDS within the chain only), and the priority each segment has for the region: set by the
// region itself or, failing that, by the nearest region above it (segment_priorities.csv; none
// without a region). One row, or none for an unknown chain.
MATCH (c:Chain {id: $chainId})
OPTIONAL MATCH (r:Region {code: $regionCode})
CALL (c) {
  MATCH (s:Segment)-[:IN_CHAIN]->(c)
  OPTIONAL MATCH (s)-[:PART_OF]->(parent:Segment)
  WITH s, parent ORDER BY s.id
  RETURN collect({segment: s, parent: parent.id}) AS segments
}
CALL (c) {
  MATCH (source:Segment)-[:IN_CHAIN]->(c)
  MATCH (source)-[:FEEDS]->(target:Segment)-[:IN_CHAIN]->(c)
  WITH source, target ORDER BY source.id, target.id
  RETURN collect([source.id, target.id]) AS flows
}
CALL (c, r) {
  OPTIONAL MATCH path = (r)-[:PART_OF*0..]->(x:Region)-[p:PRIORITISES]->(s:Segment)-[:IN_CHAIN]->(c)
  WITH s, p, x, length(path) AS distance
  WHERE s IS NOT NULL
  ORDER BY s.id, distance
  WITH s, head(collect({weight: p.weight, reason: p.reason, source: p.source, region: x})) AS nearest
  RETURN collect({segmentId: s.id, weight: nearest.weight, reason: nearest.reason, source: nearest.source, region: nearest.region})
         AS priorities
}
RETURN c AS chain, r AS region, segments, flows, priorities
