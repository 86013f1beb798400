// Deletes: rows of deletes/designations.csv name what a refresh removes (applied after the upserts).
UNWIND $rows AS row
MATCH (:Enterprise {uscc: row.uscc})-[h:HOLDS]->(d:Designation)
WHERE d.name = row.designation AND h.level = row.level AND h.year = row.year
DELETE h
