// Deletes: rows of deletes/bids.csv name what a refresh removes (applied after the upserts).
UNWIND $rows AS row
MATCH (:Enterprise {uscc: row.uscc})-[b:BIDS_ON]->(ch:Challenge)
WHERE ch.id = row.challenge_id
DELETE b
