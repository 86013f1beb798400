// What each segment ($ids) needs as a shortlist subject: itself and the capabilities it requires.
// There is no demander, so no region, clusters or existing suppliers.
UNWIND $ids AS id
MATCH (s:Segment {id: id})
RETURN s.id AS key, null AS demander, null AS regionCode, null AS regionName,
       [{id: s.id, name: s.name}] AS segments,
       COLLECT { MATCH (s)-[:REQUIRES]->(c:Capability) RETURN c.name AS name ORDER BY name } AS capabilities,
       [] AS clusterIds, [] AS suppliers
