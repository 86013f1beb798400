// Deletes: rows of deletes/leaders.csv name what a refresh removes (applied after the upserts).
UNWIND $rows AS row
MATCH (:Enterprise {uscc: row.uscc})-[l:LEADS]->(c:Chain)
WHERE c.id = row.chain_id AND l.region = row.region_code
DELETE l
