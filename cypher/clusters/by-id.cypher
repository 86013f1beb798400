MATCH (c:Cluster {id: $id})
RETURN c AS cluster
