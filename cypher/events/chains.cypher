UNWIND $ids AS id
MATCH (:MatchmakingEvent {id: id})-[:ABOUT]->(c:Chain)
RETURN id AS key, c AS chain
