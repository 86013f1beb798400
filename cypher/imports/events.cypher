UNWIND $rows AS row
MERGE (ev:MatchmakingEvent {id: row.id})
SET ev.name = row.name, ev.date = row.date, ev.theme = row.theme
WITH ev, row
CALL (ev, row) {
  OPTIONAL MATCH (ev)-[old:HELD_IN|ABOUT]->(n) WHERE NOT coalesce(n.code, n.id) IN [row.region_code, row.chain_id]
  DELETE old
}
MATCH (region:Region {code: row.region_code})
MERGE (ev)-[:HELD_IN]->(region)
WITH ev, row WHERE row.chain_id IS NOT NULL
MATCH (chain:Chain {id: row.chain_id})
MERGE (ev)-[:ABOUT]->(chain)
