// Every segment of each chain, sub-segments included (Segment.parent tells the tree).
UNWIND $ids AS id
MATCH (s:Segment)-[:IN_CHAIN]->(:Chain {id: id})
RETURN id AS key, s AS segment
ORDER BY key, s.id
