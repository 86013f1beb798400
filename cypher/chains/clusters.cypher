UNWIND $ids AS id
MATCH (cl:Cluster)-[:FOCUSES_ON]->(:Chain {id: id})
RETURN id AS key, cl AS cluster
ORDER BY key, cl.id
