UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc}), (ev:MatchmakingEvent {id: row.event_id})
MERGE (e)-[a:ATTENDS]->(ev)
SET a.side = row.side
