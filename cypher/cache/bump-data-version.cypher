// Run last in every write transaction (neo4j/Graph): the new data version commits with the data.
MERGE (v:DataVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1
