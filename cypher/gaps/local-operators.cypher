// For each of $segmentIds, every enterprise located in $regionCode (or below it) that operates in
// the segment, with every award it received: the firms a gap's 培育 list judges against the
// promotion rules (gaps/GapCultivation). Found from the smaller side, as in gaps/local-suppliers.
MATCH (r:Region {code: $regionCode})
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
RETURN s.id AS key, e AS enterprise, [] AS regionCodes,
       [(e)-[h:HOLDS]->(d:Designation) | {designation: d.name, level: h.level, year: h.year, expires: h.expires}] AS awards
ORDER BY key, e.uscc
