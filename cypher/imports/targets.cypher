// A target's id is derived from its key (region, designation, year, level, basis) by the importer.
UNWIND $rows AS row
MATCH (region:Region {code: row.region_code})
MERGE (t:Target {id: row.id})
SET t.designation = row.designation, t.year = row.year, t.count = row.count, t.level = row.level,
    t.basis = row.basis, t.baseYear = row.base_year, t.source = row.source
MERGE (region)-[:SETS]->(t)
