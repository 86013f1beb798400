MATCH (ev:MatchmakingEvent {id: $id})
RETURN ev AS event
