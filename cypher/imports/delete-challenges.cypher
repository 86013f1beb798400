// Deletes: rows of deletes/challenges.csv name what a refresh removes (applied after the upserts).
UNWIND $rows AS row
MATCH (ch:Challenge {id: row.id})
DETACH DELETE ch
