// Deletes: rows of deletes/events.csv name what a refresh removes (applied after the upserts).
UNWIND $rows AS row
MATCH (ev:MatchmakingEvent {id: row.id})
DETACH DELETE ev
