// A target's id is derived from its key (region, designation or kind and its qualifier, year, level, basis)
// by the importer. kind: DESIGNATION unless it counts chain leaders, a revenue tier or clusters.
// alsoDesignations: the other designations it counts (each firm once); absent when none.
UNWIND $rows AS row
MATCH (region:Region {code: row.region_code})
MERGE (t:Target {id: row.id})
SET t.designation = row.designation, t.year = row.year, t.count = row.count, t.level = row.level,
    t.basis = row.basis, t.baseYear = row.base_year, t.source = row.source,
    t.alsoDesignations = CASE WHEN size(coalesce(row.also_designations, [])) > 0 THEN row.also_designations END,
    t.status = row.status, t.kind = row.kind, t.minRevenue = row.min_revenue, t.clusterType = row.cluster_type,
    t.minLevel = row.min_level
MERGE (region)-[:SETS]->(t)
