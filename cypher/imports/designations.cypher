// A designation is a HOLDS relationship to a shared (:Designation {name}) node, keyed by level and
// year. Each of the 13 Designation nodes has up to 10^6 HOLDS, so the existing award is looked
// for from the firm's side, and a new one is CREATEd rather than MERGEd (which would walk the
// designation's side).
UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc})
CALL (e, row) {
  OPTIONAL MATCH (e)-[h:HOLDS]->(held:Designation)
    WHERE held.name = row.designation AND h.level = row.level AND h.year = row.year
  WITH e, row, collect(h) AS existing
  FOREACH (award IN existing | SET award.expires = row.expires, award.region = row.region_code)
  WITH e, row, existing WHERE size(existing) = 0
  MERGE (d:Designation {name: row.designation})
  CREATE (e)-[award:HOLDS {level: row.level, year: row.year}]->(d)
  SET award.expires = row.expires, award.region = row.region_code
}
