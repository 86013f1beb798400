// Deletes: rows of deletes/attendance.csv name what a refresh removes (applied after the upserts).
UNWIND $rows AS row
MATCH (:Enterprise {uscc: row.uscc})-[a:ATTENDS]->(ev:MatchmakingEvent)
WHERE ev.id = row.event_id
DELETE a
