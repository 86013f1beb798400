// The store's data versions: `version` is incremented by every write transaction (neo4j/Graph),
// `dataset` by those that change imported data; read before a cached result is used, so that a
// write through any ChainGraph instance invalidates every instance's cache. 0 for a store that
// nothing has written through Graph yet (a bulk load).
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
RETURN coalesce(v.version, 0) AS version, coalesce(v.dataset, 0) AS dataset
