// The chain, the region $regionCode (null when not given or unknown), every segment of the chain
// with its parent segment's id, and the FEEDS flows between two segments of the chain (DESIGN §6
// follows FEEDS within the chain only). One row, or none for an unknown chain.
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
RETURN c AS chain, r AS region, segments, flows
