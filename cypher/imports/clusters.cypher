UNWIND $rows AS row
MERGE (c:Cluster {id: row.id})
SET c.name = row.name, c.type = row.type, c.level = row.level
WITH c, row
CALL (c, row) {
  OPTIONAL MATCH (c)-[old:LOCATED_IN]->(r:Region) WHERE r.code <> row.region_code
  DELETE old
}
CALL (c, row) {
  OPTIONAL MATCH (c)-[old:FOCUSES_ON]->(chain:Chain) WHERE NOT chain.id IN row.chain_ids
  DELETE old
}
MATCH (region:Region {code: row.region_code})
MERGE (c)-[:LOCATED_IN]->(region)
WITH c, row
UNWIND row.chain_ids AS chainId
MATCH (chain:Chain {id: chainId})
MERGE (c)-[:FOCUSES_ON]->(chain)
