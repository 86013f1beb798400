UNWIND $ids AS id
MATCH (:Challenge {id: id})-[:REQUIRES]->(c:Capability)
RETURN id AS key, c.name AS capability
ORDER BY key, capability
