MATCH (c:Chain {id: $id})
RETURN c AS chain
