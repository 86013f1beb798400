// For each of $segmentIds, at most $first enterprises located in $regionCode (or below it) that
// operate in the segment: quality enterprises in $year first, then by USCC. Local operators and
// quality are found as in gaps/segment-coverage (from the smaller side: the region's residents or
// the segments' operators; quality once per enterprise).
MATCH (r:Region {code: $regionCode})
OPTIONAL MATCH (innovative:Designation {name: 'INNOVATIVE_SME'})
CALL () {
  UNWIND $segmentIds AS segmentId
  MATCH (s:Segment {id: segmentId})
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
WITH e, operated,
     CASE
       WHEN e.scale = 'LARGE' THEN true
       WHEN EXISTS { (e)-[:LEADS]->(:Chain) } THEN true
       ELSE EXISTS {
         MATCH (e)-[h:HOLDS]->(d:Designation)
         WHERE (innovative IS NULL OR d <> innovative) AND h.year <= $year AND (h.expires IS NULL OR h.expires >= $year)
       }
     END AS quality
UNWIND operated AS s
WITH s, e, quality
ORDER BY quality DESC, e.uscc
WITH s, collect({enterprise: e, quality: quality})[..$first] AS best
UNWIND best AS supplier
RETURN s.id AS key, supplier.enterprise AS enterprise, supplier.quality AS quality
ORDER BY key, quality DESC, enterprise.uscc
