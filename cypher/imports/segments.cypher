UNWIND $rows AS row
MERGE (s:Segment {id: row.id})
SET s.name = row.name, s.stage = row.stage, s.critical = row.critical
WITH s, row
CALL (s, row) {
  OPTIONAL MATCH (s)-[old:IN_CHAIN|PART_OF]->(n) WHERE NOT n.id IN [row.chain_id, row.parent_id]
  DELETE old
}
CALL (s, row) {
  OPTIONAL MATCH (s)-[old:REQUIRES]->(c:Capability) WHERE NOT c.name IN row.capabilities
  DELETE old
}
MATCH (chain:Chain {id: row.chain_id})
MERGE (s)-[:IN_CHAIN]->(chain)
FOREACH (name IN row.capabilities |
  MERGE (cap:Capability {name: name})
  MERGE (s)-[:REQUIRES]->(cap))
WITH s, row WHERE row.parent_id IS NOT NULL
MATCH (parent:Segment {id: row.parent_id})
MERGE (s)-[:PART_OF]->(parent)
