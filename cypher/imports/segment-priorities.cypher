// A region's priority for a segment (segment_priorities.csv): a planner's weighting of its gaps,
// read from the region's side (a region has few priorities; a segment may have many regions').
UNWIND $rows AS row
MATCH (r:Region {code: row.region_code}), (s:Segment {id: row.segment_id})
MERGE (r)-[p:PRIORITISES]->(s)
SET p.weight = row.weight, p.reason = row.reason, p.source = row.source
