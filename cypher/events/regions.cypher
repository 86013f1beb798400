UNWIND $ids AS id
MATCH (:MatchmakingEvent {id: id})-[:HELD_IN]->(r:Region)
RETURN id AS key, r AS region
