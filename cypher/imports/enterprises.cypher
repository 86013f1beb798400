UNWIND $rows AS row
MERGE (e:Enterprise {uscc: row.uscc})
SET e.name = row.name, e.scale = row.scale, e.founded = row.founded, e.revenue = row.revenue,
    e.rdRatio = row.rd_ratio, e.employees = row.employees, e.growth = row.growth,
    e.growthPrev = row.growth_prev, e.listed = row.listed
WITH e, row
CALL (e, row) {
  OPTIONAL MATCH (e)-[old:LOCATED_IN]->(r:Region) WHERE r.code <> row.region_code
  DELETE old
}
CALL (e, row) {
  OPTIONAL MATCH (e)-[old:HAS_CAPABILITY]->(c:Capability) WHERE NOT c.name IN row.capabilities
  DELETE old
}
MATCH (region:Region {code: row.region_code})
MERGE (e)-[:LOCATED_IN]->(region)
FOREACH (name IN row.capabilities |
  MERGE (cap:Capability {name: name})
  MERGE (e)-[:HAS_CAPABILITY]->(cap))
