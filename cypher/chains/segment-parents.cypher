UNWIND $ids AS id
MATCH (:Segment {id: id})-[:PART_OF]->(parent:Segment)
RETURN id AS key, parent AS segment
