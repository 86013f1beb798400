UNWIND $ids AS id
MATCH (child:Segment)-[:PART_OF]->(:Segment {id: id})
RETURN id AS key, child AS segment
ORDER BY key, child.id
