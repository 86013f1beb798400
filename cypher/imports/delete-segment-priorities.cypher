// Deletes: rows of deletes/segment_priorities.csv name what a refresh removes (applied after the upserts).
UNWIND $rows AS row
MATCH (:Region {code: row.region_code})-[p:PRIORITISES]->(s:Segment)
WHERE s.id = row.segment_id
DELETE p
