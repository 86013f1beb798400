UNWIND $rows AS row
MERGE (ch:Challenge {id: row.id})
SET ch.title = row.title, ch.budget = row.budget, ch.deadline = row.deadline, ch.status = row.status
WITH ch, row
CALL (ch, row) {
  OPTIONAL MATCH (ch)<-[old:ISSUED]-(e:Enterprise) WHERE e.uscc <> row.issuer_uscc
  DELETE old
}
CALL (ch, row) {
  OPTIONAL MATCH (ch)-[old:TARGETS]->(s:Segment) WHERE s.id <> row.segment_id
  DELETE old
}
CALL (ch, row) {
  OPTIONAL MATCH (ch)-[old:REQUIRES]->(c:Capability) WHERE NOT c.name IN row.capabilities
  DELETE old
}
MATCH (issuer:Enterprise {uscc: row.issuer_uscc}), (segment:Segment {id: row.segment_id})
MERGE (issuer)-[:ISSUED]->(ch)
MERGE (ch)-[:TARGETS]->(segment)
FOREACH (name IN row.capabilities |
  MERGE (cap:Capability {name: name})
  MERGE (ch)-[:REQUIRES]->(cap))
