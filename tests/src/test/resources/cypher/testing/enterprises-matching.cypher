// Tests only: every enterprise matching a filter, the plain way (read every firm, check every
// criterion), as the reference enterprises/page's strategies are compared with.
MATCH (e:Enterprise)
WHERE ($scale IS NULL OR e.scale = $scale)
  AND ($regionCode IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {code: $regionCode}) })
  AND ($designation IS NULL
       OR EXISTS { (e)-[h:HOLDS]->(:Designation {name: $designation}) WHERE h.year <= $year AND (h.expires IS NULL OR h.expires >= $year) })
  AND ($segmentId IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
  AND ($chainId IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain {id: $chainId}) })
  AND ($clusterId IS NULL OR EXISTS { (e)-[:MEMBER_OF]->(:Cluster {id: $clusterId}) })
RETURN e.uscc AS uscc
ORDER BY uscc
