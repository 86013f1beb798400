UNWIND $rows AS row
MATCH (upstream:Segment {id: row.from_segment}), (downstream:Segment {id: row.to_segment})
MERGE (upstream)-[:FEEDS]->(downstream)
