// A designation is a HOLDS relationship to a shared (:Designation {name}) node, keyed by level and year.
UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc})
MERGE (d:Designation {name: row.designation})
MERGE (e)-[h:HOLDS {level: row.level, year: row.year}]->(d)
SET h.expires = row.expires, h.region = row.region_code
