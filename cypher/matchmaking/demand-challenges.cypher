// What each challenge ($ids) needs (docs/contracts.md §6): its target segment, the capabilities that segment
// requires plus the challenge's own; the demander is its issuer (region, clusters, suppliers).
UNWIND $ids AS id
MATCH (ch:Challenge {id: id})-[:TARGETS]->(s:Segment)
OPTIONAL MATCH (d:Enterprise)-[:ISSUED]->(ch)
OPTIONAL MATCH (d)-[:LOCATED_IN]->(r:Region)
RETURN ch.id AS key, d AS demander, r.code AS regionCode, r.name AS regionName,
       [{id: s.id, name: s.name}] AS segments,
       COLLECT { MATCH (s)-[:REQUIRES]->(c:Capability) RETURN c.name AS name
                 UNION MATCH (ch)-[:REQUIRES]->(c:Capability) RETURN c.name AS name } AS capabilities,
       CASE WHEN d IS NULL THEN [] ELSE [(d)-[:MEMBER_OF]->(c:Cluster) | c.id] END AS clusterIds,
       CASE WHEN d IS NULL THEN [] ELSE [(e:Enterprise)-[:SUPPLIES]->(d) | e.uscc] END AS suppliers
