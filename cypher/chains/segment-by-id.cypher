MATCH (s:Segment {id: $id})
RETURN s AS segment
