// Run last in every write transaction (neo4j/Graph): the new data version commits with the data.
// `version` moves with every write; `dataset` only with writes of imported data ($dataset), not
// with the API's mutations of memberships, challenges and bids, so answers computed from imported
// data alone stay cached across those (neo4j/ResultCache).
MERGE (v:DataVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1,
    v.dataset = coalesce(v.dataset, 0) + CASE WHEN $dataset THEN 1 ELSE 0 END
