// Deletes: rows of deletes/segment_flows.csv name what a refresh removes (applied after the upserts).
UNWIND $rows AS row
MATCH (:Segment {id: row.from_segment})-[f:FEEDS]->(s:Segment)
WHERE s.id = row.to_segment
DELETE f
