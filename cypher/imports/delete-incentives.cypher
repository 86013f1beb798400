// Deletes: rows of deletes/incentives.csv name what a refresh removes (applied after the upserts).
UNWIND $rows AS row
MATCH (i:Incentive {id: row.id})
DETACH DELETE i
