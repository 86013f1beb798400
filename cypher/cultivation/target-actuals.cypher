// What the non-designation targets of $regionCode count, over the region and every region below it:
// the distinct enterprises leading a chain there (链主: leaders.csv rows whose region is in the subtree)
// and the clusters located there, with their type and level.
MATCH (root:Region {code: $regionCode})
MATCH (x:Region)-[:PART_OF*0..]->(root)
WITH collect(x) AS regions, collect(x.code) AS codes
CALL (codes) {
  MATCH (e:Enterprise)-[l:LEADS]->(:Chain)
  WHERE l.region IN codes
  RETURN count(DISTINCT e) AS chainLeaders
}
CALL (regions) {
  UNWIND regions AS x
  MATCH (c:Cluster)-[:LOCATED_IN]->(x)
  RETURN collect({type: c.type, level: c.level}) AS clusters
}
RETURN chainLeaders, clusters
