// n and q of docs/contracts.md §6 for chain $chainId, region $regionCode (and every region below it), year
// $year: per segment, n = enterprises located there that operate in it, q = those of them that are
// quality enterprises in $year (scale LARGE, or leading any chain, or holding a designation other
// than INNOVATIVE_SME valid in $year). Aggregated in the store: one row per segment with n > 0
// (segments without a row have n = q = 0), however many enterprises there are.
//
// Counted: when the coverage counts describe the store as it is (gaps/refresh-coverage after every
// import, gaps/mark-coverage) and cover $year, n and q are the sums of the counts of the region and
// the regions below it — a few rows per region and segment, whatever the number of firms.
//
// Otherwise (during an import, or a year outside the counts) they are computed from the firms. The
// local operators are then found from whichever side is smaller, judged by relationship degrees
// (no scan): from the region's enterprises when it has fewer residents than the chain has
// operations (a district, a city), otherwise from the chain's operators (a province-wide report
// of a small chain). Quality is evaluated once per enterprise, not once per segment it operates in.
MATCH (c:Chain {id: $chainId})
MATCH (r:Region {code: $regionCode})
OPTIONAL MATCH (v:DataVersion {id: 'graph'})
WITH c, r, v.coverageFromYear AS fromYear,
     coalesce(v.coverageDataset = coalesce(v.dataset, 0)
              AND v.coverageFromYear <= $year AND $year <= v.coverageToYear, false) AS counted
CALL (c, r, counted, fromYear) {
  WITH c, r, counted, fromYear WHERE counted
  CALL (c) {
    MATCH (s:Segment)-[:IN_CHAIN]->(c)
    RETURN collect(s.id) AS segmentIds
  }
  MATCH (x:Region)-[:PART_OF*0..]->(r)
  UNWIND segmentIds AS segmentId
  MATCH (cell:CoverageCount {region: x.code, segment: segmentId})
  WITH segmentId, sum(cell.n) AS n, sum(cell.q[$year - fromYear]) AS q
  RETURN segmentId AS segment, n, q
  UNION ALL
  WITH c, r, counted WHERE NOT counted
  OPTIONAL MATCH (innovative:Designation {name: 'INNOVATIVE_SME'})
  CALL (c) {
    MATCH (s:Segment)-[:IN_CHAIN]->(c)
    RETURN collect(s) AS segments, sum(COUNT { (s)<-[:OPERATES_IN]-() }) AS operations
  }
  CALL (r) {
    MATCH (x:Region)-[:PART_OF*0..]->(r)
    RETURN collect(x) AS regions, sum(COUNT { (x)<-[:LOCATED_IN]-() }) AS residents
  }
  CALL (segments, regions, operations, residents) {
    WITH segments, regions WHERE residents <= operations
    UNWIND regions AS x
    MATCH (x)<-[:LOCATED_IN]-(e:Enterprise)-[:OPERATES_IN]->(s)
    WHERE s IN segments
    RETURN e, s
    UNION ALL
    WITH segments, regions WHERE residents > operations
    UNWIND segments AS s
    MATCH (s)<-[:OPERATES_IN]-(e:Enterprise)-[:LOCATED_IN]->(x)
    WHERE x IN regions
    RETURN e, s
  }
  WITH innovative, e, collect(s) AS operated
  WITH operated,
       CASE
         WHEN e.scale = 'LARGE' THEN 1
         WHEN EXISTS { (e)-[:LEADS]->(:Chain) } THEN 1
         WHEN EXISTS {
           MATCH (e)-[h:HOLDS]->(d:Designation)
           WHERE (innovative IS NULL OR d <> innovative) AND h.year <= $year AND (h.expires IS NULL OR h.expires >= $year)
         } THEN 1
         ELSE 0
       END AS quality
  UNWIND operated AS s
  WITH s, count(*) AS n, sum(quality) AS q
  RETURN s.id AS segment, n, q
}
RETURN segment, n, q
