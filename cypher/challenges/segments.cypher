UNWIND $ids AS id
MATCH (:Challenge {id: id})-[:TARGETS]->(s:Segment)
RETURN id AS key, s AS segment
