// Run at start-up when some firm lacks `regionCode` (a store written before it existed): copies the
// code of each firm's LOCATED_IN region onto the firm, in batches. enterprises/page walks a
// region's firms in USCC order through the (regionCode, uscc) index.
MATCH (e:Enterprise)-[:LOCATED_IN]->(r:Region)
WHERE e.regionCode IS NULL OR e.regionCode <> r.code
CALL (e, r) {
  SET e.regionCode = r.code
} IN TRANSACTIONS OF 10000 ROWS
