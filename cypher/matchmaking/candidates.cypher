// The candidate pool of each demand in $demands ({key, demander, segmentIds, capabilities,
// clusterIds, regionCode, suppliers}) with the features the score needs, aggregated per candidate (docs/contracts.md §6):
// enterprises of scale other than LARGE, not the demander, located in region $regionCode or below
// it (when given), restricted to $only (when given: an event's SUPPLY attendees), that operate in
// a demand segment or hold a required capability. Scoring and ordering happen in Java
// (org.chaingraph.matchmaking.SupplierScorer), so rows are streamed in no particular order (no
// ORDER BY: sorting here would hold the whole pool in memory). A row names its firm by USCC only:
// pools run to 10^4–10^5 firms at province scale, and only the few that make a list are read whole
// (enterprises/by-usccs).
//
// The region and the regions below it, by code: a candidate's region is read from its regionCode
// property (the code of its LOCATED_IN region), not by expanding a relationship per candidate.
WITH CASE WHEN $regionCode IS NULL THEN null
          ELSE COLLECT { MATCH (:Region {code: $regionCode})<-[:PART_OF*0..]-(x:Region) RETURN x.code } END AS regionCodes
UNWIND $demands AS demand
CALL (demand) {
  // Restricted to $only (an event's attendees: dozens), the pool starts from them, whatever the
  // number of firms in the demand's segments; otherwise from the segments' operators and the
  // capabilities' holders.
  WITH demand WHERE $only IS NOT NULL
  UNWIND $only AS uscc
  MATCH (e:Enterprise {uscc: uscc})
  WHERE EXISTS { (e)-[:OPERATES_IN]->(s:Segment) WHERE s.id IN demand.segmentIds }
     OR EXISTS { (e)-[:HAS_CAPABILITY]->(c:Capability) WHERE c.name IN demand.capabilities }
  RETURN DISTINCT e
  UNION
  WITH demand WHERE $only IS NULL
  UNWIND demand.segmentIds AS segmentId
  MATCH (:Segment {id: segmentId})<-[:OPERATES_IN]-(e:Enterprise)
  RETURN e
  UNION
  WITH demand WHERE $only IS NULL
  UNWIND demand.capabilities AS capability
  MATCH (:Capability {name: capability})<-[:HAS_CAPABILITY]-(e:Enterprise)
  RETURN e
}
WITH demand, regionCodes, e
WHERE e.scale <> 'LARGE'
  AND (demand.demander IS NULL OR e.uscc <> demand.demander)
  AND (regionCodes IS NULL OR e.regionCode IN regionCodes)
RETURN demand.key AS key, e.uscc AS uscc,
       [(e)-[:OPERATES_IN]->(s:Segment) WHERE s.id IN demand.segmentIds | s.name] AS segments,
       [(e)-[:HAS_CAPABILITY]->(c:Capability) WHERE c.name IN demand.capabilities | c.name] AS capabilities,
       [(e)-[h:HOLDS]->(d:Designation) WHERE h.year <= $year AND (h.expires IS NULL OR h.expires >= $year) | d.name] AS designations,
       [(e)-[:MEMBER_OF]->(c:Cluster) WHERE c.id IN demand.clusterIds | c.name] AS sharedClusters,
       e.regionCode = demand.regionCode AS sameRegion,
       COUNT { (e)-[b:BIDS_ON]->(:Challenge) WHERE b.outcome = 'WON' } AS wins,
       e.uscc IN demand.suppliers AS existingSupplier
