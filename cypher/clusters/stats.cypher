// For each of $ids: member count, members holding each designation valid in $year, members by
// scale, the segments of its focus chains with whether a member operates in them, its anchors.
UNWIND $ids AS id
MATCH (c:Cluster {id: id})
CALL (c) {
  OPTIONAL MATCH (e:Enterprise)-[:MEMBER_OF]->(c)
  RETURN count(e) AS memberCount
}
CALL (c) {
  MATCH (e:Enterprise)-[:MEMBER_OF]->(c)
  MATCH (e)-[h:HOLDS]->(d:Designation)
  WHERE h.year <= $year AND (h.expires IS NULL OR h.expires >= $year)
  WITH d.name AS designation, count(DISTINCT e) AS n
  RETURN collect({designation: designation, count: n}) AS designations
}
CALL (c) {
  MATCH (e:Enterprise)-[:MEMBER_OF]->(c)
  WITH e.scale AS scale, count(e) AS n
  RETURN collect({scale: scale, count: n}) AS scales
}
CALL (c) {
  MATCH (c)-[:FOCUSES_ON]->(:Chain)<-[:IN_CHAIN]-(s:Segment)
  WITH DISTINCT s
  ORDER BY s.id
  RETURN collect({segment: s, covered: EXISTS { (s)<-[:OPERATES_IN]-(:Enterprise)-[:MEMBER_OF]->(c) }}) AS segments
}
CALL (c) {
  MATCH (e:Enterprise)-[:MEMBER_OF {role: 'ANCHOR'}]->(c)
  WITH e ORDER BY e.uscc
  RETURN collect(e) AS anchors
}
RETURN id AS key, memberCount, designations, scales, segments, anchors
