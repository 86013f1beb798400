// Deletes: rows of deletes/operations.csv name what a refresh removes (applied after the upserts).
UNWIND $rows AS row
MATCH (:Enterprise {uscc: row.uscc})-[o:OPERATES_IN]->(s:Segment)
WHERE s.id = row.segment_id
DELETE o
