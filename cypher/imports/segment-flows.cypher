// kind: SUPPLY (the upstream segment's firms sell to the downstream's) or PROCESS (a hand-off where
// the downstream firm serves the upstream one: design → foundry); gaps and maps follow both kinds,
// supplier shortlists only SUPPLY.
UNWIND $rows AS row
MATCH (upstream:Segment {id: row.from_segment}), (downstream:Segment {id: row.to_segment})
MERGE (upstream)-[f:FEEDS]->(downstream)
SET f.kind = row.kind
