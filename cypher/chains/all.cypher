MATCH (c:Chain)
RETURN c AS chain
ORDER BY c.id
