// The enterprises matching a filter: one page in USCC order after $filter.after (with $count false), or
// the filter's total (with $count true). A criterion that is null in $filter is not applied.
// The criteria, strategy and after come in one map, $filter: Neo4j caches a plan per parameter
// type and, for a string or list, per size bucket (0, 1, up to 10, up to 100 …), so separate
// parameters would cost one plan — seconds of planning — per combination of absent criteria and
// id lengths; a map has one type whatever it holds.
// $year: the year designations must be valid in (year <= $year and no expiry or expires >= $year).
// $filter.strategy: null lets the statement choose where to start; 'side' makes it start from the
// smallest side (the caller's second try when a walk came back incomplete, see below).
//
// Never a scan of every enterprise: the statement first sizes each criterion from relationship
// degrees (constant time per node), then reads its candidates in USCC order from
// - 'scan': no criterion but scale — the uscc index;
// - 'regions': a region criterion — per region of the subtree, the (regionCode, uscc) index, when
//   that costs less than the smallest side (expected reads per region: the page over the density
//   of the other criteria, assumed independent). A district of 20,000 firms gives its first page of
//   20 after reading about 20 index entries instead of sorting 20,000;
// - 'walk': no region criterion (or a region holding every firm) and dense criteria (the expected
//   walk to fill the page fits a third of $window, and $window is smaller than the smallest side)
//   — at most $window firms of the uscc index. When the page is not full, or no earlier match was
//   seen, the walk answers `complete: false` and the caller asks again with $filter.strategy 'side'
//   (USCCs begin with the registering region's code, so regions are never walked this way);
// - otherwise the smallest side (cluster → members, segment → operators, designation → holders,
//   chain → operators of its segments, region → residents of it and the regions below it), sorted.
//   A side applies the USCC range after its MATCH: inside it, the range would tempt the planner
//   to seek every firm by USCC.
// Every candidate is checked against the criteria it was not taken from, lazily and per group (a
// region of 'regions', else all): reading stops at $limit matches. The candidates before $filter.after are
// read the same way, for hasPreviousPage.
//
// Counting ($count): no criterion is the count store, scale alone its index; a lone cluster,
// segment or region criterion is answered from degrees (each firm has one LOCATED_IN; clusters,
// which are LOCATED_IN too, are subtracted); anything else counts the matches of the smallest side.
CALL () {
  OPTIONAL MATCH (c:Cluster {id: $filter.clusterId})
  RETURN CASE WHEN $filter.clusterId IS NULL THEN null WHEN c IS NULL THEN 0 ELSE COUNT { (c)<-[:MEMBER_OF]-() } END AS viaCluster
}
CALL () {
  OPTIONAL MATCH (s:Segment {id: $filter.segmentId})
  RETURN CASE WHEN $filter.segmentId IS NULL THEN null WHEN s IS NULL THEN 0 ELSE COUNT { (s)<-[:OPERATES_IN]-() } END AS viaSegment
}
CALL () {
  OPTIONAL MATCH (d:Designation {name: $filter.designation})
  RETURN CASE WHEN $filter.designation IS NULL THEN null WHEN d IS NULL THEN 0 ELSE COUNT { (d)<-[:HOLDS]-() } END AS viaDesignation
}
CALL () {
  OPTIONAL MATCH (:Chain {id: $filter.chainId})<-[:IN_CHAIN]-(s:Segment)
  RETURN CASE WHEN $filter.chainId IS NULL THEN null ELSE sum(COUNT { (s)<-[:OPERATES_IN]-() }) END AS viaChain
}
CALL () {
  OPTIONAL MATCH (:Region {code: $filter.regionCode})<-[:PART_OF*0..]-(x:Region)
  WITH collect(x) AS regions
  RETURN CASE WHEN $filter.regionCode IS NULL THEN null
              ELSE reduce(n = 0, x IN regions | n + COUNT { (x)<-[:LOCATED_IN]-() })
                   - COUNT { MATCH (:Cluster)-[:LOCATED_IN]->(x:Region) WHERE x IN regions } END AS viaRegion,
         [x IN regions | x.code] AS regionCodes
}
WITH viaCluster, viaSegment, viaRegion, regionCodes, COUNT { MATCH (e:Enterprise) } AS firms,
     [side IN [['cluster', viaCluster], ['segment', viaSegment], ['designation', viaDesignation], ['chain', viaChain], ['region', viaRegion]]
      WHERE side[1] IS NOT NULL] AS sides
WITH viaCluster, viaSegment, viaRegion, regionCodes, firms, sides, viaRegion = firms AS everyFirmInRegion,
     reduce(best = null, side IN sides | CASE WHEN best IS NULL OR side[1] < best[1] THEN side ELSE best END) AS smallest,
     CASE WHEN firms = 0 THEN 0.0 ELSE reduce(d = 1.0, side IN sides | d * side[1] / toFloat(firms)) END AS density,
     CASE WHEN firms = 0 THEN 0.0 ELSE reduce(d = 1.0, side IN sides | d * CASE WHEN side[0] = 'region' THEN 1.0 ELSE side[1] / toFloat(firms) END) END AS densityBesideRegion
WITH viaCluster, viaSegment, viaRegion, regionCodes, firms, sides, everyFirmInRegion,
     CASE
       WHEN smallest IS NULL THEN 'scan'
       WHEN $count OR $filter.strategy IS NOT NULL OR smallest[1] = 0 THEN smallest[0]
       WHEN viaRegion IS NOT NULL AND NOT everyFirmInRegion THEN
         CASE WHEN densityBesideRegion > 0 AND size(regionCodes) * 1.0 * $limit / densityBesideRegion < smallest[1]
              THEN 'regions' ELSE smallest[0] END
       WHEN density > 0 AND 3.0 * $limit / density <= $window AND $window < smallest[1] THEN 'walk'
       ELSE smallest[0]
     END AS start
// Totals read from the count store, the scale index or degrees: no candidate is read.
WITH *, CASE
          WHEN NOT $count THEN null
          WHEN size(sides) = 0 AND $filter.scale IS NULL THEN firms
          WHEN size(sides) = 0 THEN COUNT { MATCH (e:Enterprise) WHERE e.scale = $filter.scale }
          WHEN $filter.scale IS NOT NULL OR size(sides) <> 1 THEN null
          WHEN start = 'cluster' THEN viaCluster
          WHEN start = 'segment' THEN viaSegment
          WHEN start = 'region' THEN viaRegion
        END AS counted
// A total already known reads no candidate: no branch below starts at 'counted'.
WITH viaRegion, regionCodes, everyFirmInRegion, counted, CASE WHEN counted IS NULL THEN start ELSE 'counted' END AS start
UNWIND CASE WHEN $count OR $filter.after = '' THEN [true] ELSE [true, false] END AS forward
// The forward pass reads (after, ~], the backward pass ('~' sorts after every USCC) ('', after].
CALL (forward, start, everyFirmInRegion, regionCodes) {
  WITH forward, start, everyFirmInRegion, regionCodes,
       CASE WHEN forward AND NOT $count THEN $filter.after ELSE '' END AS lower,
       CASE WHEN forward THEN '~' ELSE $filter.after END AS upper
  UNWIND CASE WHEN start = 'regions' THEN regionCodes ELSE [null] END AS group
  CALL (start, everyFirmInRegion, group, lower, upper) {
    // The index ranges are empty unless their branch applies: the planner may seek before it
    // filters on start.
    WITH start, everyFirmInRegion, group, lower, upper,
         CASE WHEN start IN ['scan', 'walk'] THEN upper ELSE '' END AS walkUpper,
         CASE WHEN start = 'regions' THEN upper ELSE '' END AS regionUpper
    CALL (start, group, lower, upper, walkUpper, regionUpper) {
      WITH start WHERE start IN ['scan', 'walk']
      MATCH (e:Enterprise)
      WHERE e.uscc > lower AND e.uscc <= walkUpper
      WITH e ORDER BY e.uscc
      // A 'scan' (no criterion but scale) is not bounded by $window.
      WITH e LIMIT CASE WHEN $filter.clusterId IS NULL AND $filter.segmentId IS NULL AND $filter.designation IS NULL
                             AND $filter.chainId IS NULL AND $filter.regionCode IS NULL THEN 2147483647 ELSE $window END
      RETURN e
      UNION ALL
      WITH start WHERE start = 'regions'
      MATCH (e:Enterprise)
      WHERE e.regionCode = group AND e.uscc > lower AND e.uscc <= regionUpper
      // The index's own order (regionCode is fixed), so no sort.
      WITH e ORDER BY e.regionCode, e.uscc
      RETURN e
      UNION ALL
      WITH start WHERE start = 'cluster'
      MATCH (:Cluster {id: $filter.clusterId})<-[:MEMBER_OF]-(e:Enterprise)
      WITH DISTINCT e WHERE e.uscc > lower AND e.uscc <= upper
      RETURN e ORDER BY CASE WHEN $count THEN null ELSE e.uscc END
      UNION ALL
      WITH start WHERE start = 'segment'
      MATCH (:Segment {id: $filter.segmentId})<-[:OPERATES_IN]-(e:Enterprise)
      WITH DISTINCT e WHERE e.uscc > lower AND e.uscc <= upper
      RETURN e ORDER BY CASE WHEN $count THEN null ELSE e.uscc END
      UNION ALL
      WITH start WHERE start = 'designation'
      MATCH (:Designation {name: $filter.designation})<-[h:HOLDS]-(e:Enterprise)
      WHERE h.year <= $year AND (h.expires IS NULL OR h.expires >= $year)
      WITH DISTINCT e WHERE e.uscc > lower AND e.uscc <= upper
      RETURN e ORDER BY CASE WHEN $count THEN null ELSE e.uscc END
      UNION ALL
      WITH start WHERE start = 'chain'
      MATCH (:Chain {id: $filter.chainId})<-[:IN_CHAIN]-(:Segment)<-[:OPERATES_IN]-(e:Enterprise)
      WITH DISTINCT e WHERE e.uscc > lower AND e.uscc <= upper
      RETURN e ORDER BY CASE WHEN $count THEN null ELSE e.uscc END
      UNION ALL
      WITH start WHERE start = 'region'
      MATCH (:Region {code: $filter.regionCode})<-[:PART_OF*0..]-(:Region)<-[:LOCATED_IN]-(e:Enterprise)
      WITH DISTINCT e WHERE e.uscc > lower AND e.uscc <= upper
      RETURN e ORDER BY CASE WHEN $count THEN null ELSE e.uscc END
    }
    // Only one branch yields candidates, in USCC order (a count needs none): checked lazily in that
    // order, so reading stops at $limit matches.
    WITH start, everyFirmInRegion, e
    WHERE ($filter.scale IS NULL OR e.scale = $filter.scale)
      AND ($filter.regionCode IS NULL OR start IN ['region', 'regions'] OR everyFirmInRegion
           OR EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {code: $filter.regionCode}) })
      AND ($filter.designation IS NULL OR start = 'designation'
           OR EXISTS { (e)-[h:HOLDS]->(:Designation {name: $filter.designation}) WHERE h.year <= $year AND (h.expires IS NULL OR h.expires >= $year) })
      AND ($filter.segmentId IS NULL OR start = 'segment' OR EXISTS { (e)-[:OPERATES_IN]->(:Segment {id: $filter.segmentId}) })
      AND ($filter.chainId IS NULL OR start = 'chain' OR EXISTS { (e)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(:Chain {id: $filter.chainId}) })
      AND ($filter.clusterId IS NULL OR start = 'cluster' OR EXISTS { (e)-[:MEMBER_OF]->(:Cluster {id: $filter.clusterId}) })
    WITH e LIMIT CASE WHEN $count THEN 2147483647 ELSE $limit END
    RETURN e
  }
  // The groups' first matches merged (one group unless 'regions').
  WITH e ORDER BY CASE WHEN $count THEN null ELSE e.uscc END
  WITH e LIMIT CASE WHEN $count THEN 2147483647 ELSE $limit END
  RETURN collect(e) AS found
}
WITH start, counted, collect([forward, found]) AS passes
WITH start, counted,
     coalesce(head([p IN passes WHERE p[0] | p[1]]), []) AS rows,
     coalesce(head([p IN passes WHERE NOT p[0] | p[1]]), []) AS earlier
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
RETURN coalesce(counted, size(rows)) AS totalCount,
       CASE WHEN $count THEN [] ELSE [e IN rows | {enterprise: e,
         region: CASE WHEN $withRegion THEN [(e)-[:LOCATED_IN]->(r:Region) | r][0] END}] END AS enterprises,
       size(earlier) AS before,
       start <> 'walk' OR (size(rows) = $limit AND ($filter.after = '' OR size(earlier) > 0)) AS complete,
       coalesce(v.version, 0) AS version, coalesce(v.dataset, 0) AS datasetVersion
