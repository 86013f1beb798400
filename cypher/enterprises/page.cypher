// One page of the enterprises matching a filter, in USCC order, starting after $after, with the
// filter's total and whether any match sorts at or before $after (`before` > 0). A criterion whose
// parameter is null is not applied. $year: the year designations must be valid in (year <= $year
// and no expiry or expires >= $year).
//
// Never a scan of every enterprise per page: the statement first sizes each given criterion from
// relationship degrees (constant time per node), then
// - walk: with no criterion but scale, or a region holding every firm, the page is read in order
//   from the uscc index (keyset, no sort) and the total from the count store or the scale index;
// - otherwise the candidates come from the smallest side (cluster → members, segment → operators,
//   designation → holders, chain → operators of its segments, region → residents of it and the
//   regions below it), each checked against the other criteria by expanding from the firm.
CALL () {
  OPTIONAL MATCH (c:Cluster {id: $clusterId})
  RETURN CASE WHEN $clusterId IS NULL THEN null WHEN c IS NULL THEN 0 ELSE COUNT { (c)<-[:MEMBER_OF]-() } END AS viaCluster
}
CALL () {
  OPTIONAL MATCH (s:Segment {id: $segmentId})
  RETURN CASE WHEN $segmentId IS NULL THEN null WHEN s IS NULL THEN 0 ELSE COUNT { (s)<-[:OPERATES_IN]-() } END AS viaSegment
}
CALL () {
  OPTIONAL MATCH (d:Designation {name: $designation})
  RETURN CASE WHEN $designation IS NULL THEN null WHEN d IS NULL THEN 0 ELSE COUNT { (d)<-[:HOLDS]-() } END AS viaDesignation
}
CALL () {
  OPTIONAL MATCH (:Chain {id: $chainId})<-[:IN_CHAIN]-(s:Segment)
  RETURN CASE WHEN $chainId IS NULL THEN null ELSE sum(COUNT { (s)<-[:OPERATES_IN]-() }) END AS viaChain
}
CALL () {
  OPTIONAL MATCH (:Region {code: $regionCode})<-[:PART_OF*0..]-(x:Region)
  RETURN CASE WHEN $regionCode IS NULL THEN null ELSE sum(COUNT { (x)<-[:LOCATED_IN]-() }) END AS viaRegion
}
WITH viaRegion, COUNT { MATCH (e:Enterprise) } AS all,
     [side IN [['cluster', viaCluster], ['segment', viaSegment], ['designation', viaDesignation], ['chain', viaChain], ['region', viaRegion]]
      WHERE side[1] IS NOT NULL] AS sides
WITH viaRegion, all,
     CASE
       WHEN size(sides) = 0 THEN 'walk'
       WHEN size(sides) = 1 AND sides[0][0] = 'region' AND viaRegion = all THEN 'walk'
       ELSE reduce(best = sides[0], side IN sides | CASE WHEN side[1] < best[1] THEN side ELSE best END)[0]
     END AS start,
     viaRegion = all AS everyFirmInRegion
CALL (start, all, everyFirmInRegion) {
  WITH start, all WHERE start = 'walk'
  CALL () {
    MATCH (e:Enterprise)
    WHERE e.uscc > $after AND ($scale IS NULL OR e.scale = $scale)
    WITH e ORDER BY e.uscc LIMIT $limit
    RETURN collect(e) AS enterprises
  }
  RETURN CASE WHEN $scale IS NULL THEN all ELSE COUNT { MATCH (e:Enterprise) WHERE e.scale = $scale } END AS totalCount,
         CASE WHEN EXISTS { MATCH (e:Enterprise) WHERE e.uscc <= $after AND ($scale IS NULL OR e.scale = $scale) } THEN 1 ELSE 0 END AS before,
         enterprises
  UNION ALL
  WITH start, everyFirmInRegion WHERE start <> 'walk'
  // A COLLECT subquery: exactly one row, also when nothing matches.
  WITH COLLECT {
    CALL (start) {
      WITH start WHERE start = 'cluster'
      MATCH (:Cluster {id: $clusterId})<-[:MEMBER_OF]-(e:Enterprise)
      RETURN DISTINCT e
      UNION ALL
      WITH start WHERE start = 'segment'
      MATCH (:Segment {id: $segmentId})<-[:OPERATES_IN]-(e:Enterprise)
      RETURN DISTINCT e
      UNION ALL
      WITH start WHERE start = 'designation'
      MATCH (:Designation {name: $designation})<-[h:HOLDS]-(e:Enterprise)
      WHERE h.year <= $year AND (h.expires IS NULL OR h.expires >= $year)
      RETURN DISTINCT e
      UNION ALL
      WITH start WHERE start = 'chain'
      MATCH (:Chain {id: $chainId})<-[:IN_CHAIN]-(:Segment)<-[:OPERATES_IN]-(e:Enterprise)
      RETURN DISTINCT e
      UNION ALL
      WITH start WHERE start = 'region'
      MATCH (:Region {code: $regionCode})<-[:PART_OF*0..]-(:Region)<-[:LOCATED_IN]-(e:Enterprise)
      RETURN DISTINCT e
    }
    // The start criterion holds by construction; only the others are checked.
    WITH e
    WHERE ($scale IS NULL OR e.scale = $scale)
      AND ($regionCode IS NULL OR start = 'region' OR everyFirmInRegion
           OR EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {code: $regionCode}) })
      AND ($designation IS NULL OR start = 'designation'
           OR EXISTS { (e)-[h:HOLDS]->(:Designation {name: $designation}) WHERE h.year <= $year AND (h.expires IS NULL OR h.expires >= $year) })
      AND ($segmentId IS NULL OR start = 'segment' OR EXISTS { (e)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
      AND ($chainId IS NULL OR start = 'chain' OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain {id: $chainId}) })
      AND ($clusterId IS NULL OR start = 'cluster' OR EXISTS { (e)-[:MEMBER_OF]->(:Cluster {id: $clusterId}) })
    RETURN e
  } AS matches
  RETURN size(matches) AS totalCount,
         CASE WHEN $after = '' THEN 0 ELSE size([e IN matches WHERE e.uscc <= $after]) END AS before,
         COLLECT { UNWIND matches AS e WITH e WHERE e.uscc > $after RETURN e ORDER BY e.uscc LIMIT $limit } AS enterprises
}
RETURN totalCount, before, enterprises
