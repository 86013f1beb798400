// The segments that feed each of $ids directly.
UNWIND $ids AS id
MATCH (upstream:Segment)-[:FEEDS]->(:Segment {id: id})
RETURN id AS key, upstream AS segment
ORDER BY key, upstream.id
