UNWIND $rows AS row
MERGE (r:Region {code: row.code})
SET r.name = row.name, r.level = row.level
WITH r, row
OPTIONAL MATCH (r)-[old:PART_OF]->(p:Region) WHERE p.code <> coalesce(row.parent_code, '')
DELETE old
WITH DISTINCT r, row WHERE row.parent_code IS NOT NULL
MATCH (parent:Region {code: row.parent_code})
MERGE (r)-[:PART_OF]->(parent)
