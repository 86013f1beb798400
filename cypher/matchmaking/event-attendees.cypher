// The event's DEMAND and SUPPLY attendees, by USCC; no row for an unknown event, one row with
// empty lists for an event without attendees.
MATCH (ev:MatchmakingEvent {id: $id})
RETURN ev AS event,
       COLLECT { MATCH (e:Enterprise)-[:ATTENDS {side: 'DEMAND'}]->(ev) RETURN e.uscc ORDER BY e.uscc } AS demand,
       COLLECT { MATCH (e:Enterprise)-[:ATTENDS {side: 'SUPPLY'}]->(ev) RETURN e.uscc ORDER BY e.uscc } AS supply
