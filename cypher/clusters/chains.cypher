UNWIND $ids AS id
MATCH (:Cluster {id: id})-[:FOCUSES_ON]->(c:Chain)
RETURN id AS key, c AS chain
ORDER BY key, c.id
