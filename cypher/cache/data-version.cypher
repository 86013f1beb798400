// The store's data version: incremented by every write transaction (neo4j/Graph), read before a
// cached result is used, so that a write through any ChainGraph instance invalidates every
// instance's cache. 0 for a store that nothing has written through Graph yet (a bulk load).
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
RETURN coalesce(v.version, 0) AS version
