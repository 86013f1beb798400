MATCH (c:Challenge {id: $id})
RETURN c AS challenge
