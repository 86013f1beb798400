UNWIND $ids AS id
MATCH (:Segment {id: id})-[:IN_CHAIN]->(c:Chain)
RETURN id AS key, c AS chain
