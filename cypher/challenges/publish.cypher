// Publishes (发榜) a new OPEN challenge issued by $issuer, targeting $segmentId and requiring
// $capabilities (capability nodes are shared, created when new). Returns the challenge.
MATCH (issuer:Enterprise {uscc: $issuer}), (s:Segment {id: $segmentId})
CREATE (ch:Challenge {id: $id, title: $title, budget: $budget, deadline: $deadline, status: 'OPEN', revision: 0})
CREATE (issuer)-[:ISSUED]->(ch), (ch)-[:TARGETS]->(s)
WITH ch
CALL (ch) {
  UNWIND $capabilities AS name
  MERGE (c:Capability {name: name})
  MERGE (ch)-[:REQUIRES]->(c)
}
RETURN ch AS challenge
