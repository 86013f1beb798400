// A target's id is derived from its key (region, designation, year, level, basis) by the importer.
// alsoDesignations: the other designations it counts (each firm once); absent when none.
UNWIND $rows AS row
MATCH (region:Region {code: row.region_code})
MERGE (t:Target {id: row.id})
SET t.designation = row.designation, t.year = row.year, t.count = row.count, t.level = row.level,
    t.basis = row.basis, t.baseYear = row.base_year, t.source = row.source,
    t.alsoDesignations = CASE WHEN size(coalesce(row.also_designations, [])) > 0 THEN row.also_designations END,
    t.status = row.status
MERGE (region)-[:SETS]->(t)
