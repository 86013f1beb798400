// A firm's relationships are read from its own side only: a district or a capability may have
// 10^5 firms, and a MERGE between two bound nodes would walk the dense one. What is stale is
// deleted, what is missing is created, so a re-import changes only what changed.
UNWIND $rows AS row
MERGE (e:Enterprise {uscc: row.uscc})
SET e.name = row.name, e.scale = row.scale, e.founded = row.founded, e.revenue = row.revenue,
    e.rdRatio = row.rd_ratio, e.employees = row.employees, e.growth = row.growth,
    e.growthPrev = row.growth_prev, e.listed = row.listed, e.regionCode = row.region_code,
    e.ipClass1 = row.ip_class1, e.mainBusinessRatio = row.main_business_ratio, e.debtRatio = row.debt_ratio,
    e.equityFinancing2y = row.equity_financing_2y
WITH e, row
CALL (e, row) {
  OPTIONAL MATCH (e)-[old:LOCATED_IN]->(r:Region)
  WITH e, row, collect(old) AS olds, collect(r.code) AS codes
  FOREACH (rel IN [x IN olds WHERE endNode(x).code <> row.region_code] | DELETE rel)
  WITH e, row, codes WHERE NOT row.region_code IN codes
  MATCH (region:Region {code: row.region_code})
  CREATE (e)-[:LOCATED_IN]->(region)
}
CALL (e, row) {
  OPTIONAL MATCH (e)-[old:HAS_CAPABILITY]->(c:Capability)
  WITH e, row, collect(old) AS olds, collect(c.name) AS names
  FOREACH (rel IN [x IN olds WHERE NOT endNode(x).name IN row.capabilities] | DELETE rel)
  FOREACH (name IN [n IN row.capabilities WHERE NOT n IN names] |
    MERGE (cap:Capability {name: name})
    CREATE (e)-[:HAS_CAPABILITY]->(cap))
}
