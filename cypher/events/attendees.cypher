// Demand side first (the buyers the event is organised around), then suppliers; each by USCC.
UNWIND $ids AS id
MATCH (e:Enterprise)-[a:ATTENDS]->(:MatchmakingEvent {id: id})
RETURN id AS key, e AS enterprise, a AS attends
ORDER BY key, a.side, e.uscc
