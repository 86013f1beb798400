// The chain of each of $keys that is a segment in the store (a dataset's sub-segment must share its parent's chain).
UNWIND $keys AS key
MATCH (:Segment {id: key})-[:IN_CHAIN]->(c:Chain)
RETURN key, c.id AS chain
