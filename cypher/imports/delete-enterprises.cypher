// Deletes: rows of deletes/enterprises.csv name what a refresh removes (applied after the upserts).
UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc})
DETACH DELETE e
