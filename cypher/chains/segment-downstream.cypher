// The segments each of $ids feeds directly.
UNWIND $ids AS id
MATCH (:Segment {id: id})-[:FEEDS]->(downstream:Segment)
RETURN id AS key, downstream AS segment
ORDER BY key, downstream.id
