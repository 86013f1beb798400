// Clusters located in $regionCode or any region below it, of $type; a null parameter is not applied.
MATCH (c:Cluster)
WHERE ($type IS NULL OR c.type = $type)
  AND ($regionCode IS NULL OR $regionCode IN [(c)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region) | r.code])
RETURN c AS cluster
ORDER BY c.id
