// The keys the benchmark's query mix draws its arguments from: real keys of the store, the same
// ones on every run over the same store. Run once before measuring, so it may scan.
CALL () {
  MATCH (e:Enterprise)
  WITH e ORDER BY e.uscc
  WITH collect(e.uscc) AS keys
  RETURN [i IN range(0, $count - 1) | keys[toInteger(i * size(keys) / $count)]] AS usccs
}
CALL () {
  MATCH (p:Region) WHERE NOT EXISTS { (p)-[:PART_OF]->(:Region) }
  RETURN p.code AS province ORDER BY COUNT { (p)<-[:PART_OF*]-(:Region) } DESC, p.code LIMIT 1
}
CALL () {
  MATCH (d:Region) WHERE NOT EXISTS { (:Region)-[:PART_OF]->(d) }
  WITH d ORDER BY COUNT { (d)<-[:LOCATED_IN]-(:Enterprise) } DESC, d.code LIMIT 10
  RETURN collect(d.code) AS districts
}
CALL () {
  MATCH (c:Region)-[:PART_OF]->(:Region) WHERE EXISTS { (:Region)-[:PART_OF]->(c) }
  WITH c ORDER BY c.code
  RETURN collect(c.code) AS cities
}
CALL () {
  MATCH (c:Chain)
  WITH c ORDER BY c.id
  RETURN collect(c.id) AS chains
}
CALL () {
  MATCH (c:Cluster)
  WITH c ORDER BY COUNT { (c)<-[:MEMBER_OF]-() } DESC, c.id LIMIT 10
  RETURN collect(c.id) AS clusters
}
CALL () {
  MATCH (e:Enterprise)-[l:LEADS]->(c:Chain)
  WITH e, l, c ORDER BY e.uscc LIMIT 20
  // A segment of the led chain: where the soak run's leaders publish their challenges.
  RETURN collect({uscc: e.uscc, regionCode: l.region,
                  segmentId: COLLECT { MATCH (s:Segment)-[:IN_CHAIN]->(c) RETURN s.id ORDER BY s.id LIMIT 1 }[0]}) AS leaders
}
CALL () {
  MATCH (ch:Challenge)
  WITH ch ORDER BY ch.status = 'OPEN' DESC, ch.id LIMIT 20
  RETURN collect(ch.id) AS challenges
}
CALL () {
  MATCH (ev:MatchmakingEvent) WHERE EXISTS { (:Enterprise)-[:ATTENDS]->(ev) }
  WITH ev ORDER BY ev.id LIMIT 20
  RETURN collect(ev.id) AS events
}
CALL () {
  MATCH (e:Enterprise)
  WITH e ORDER BY e.uscc LIMIT 200
  RETURN collect(substring(e.name, 2, 2)) AS words
}
RETURN usccs, province, districts, cities, chains, clusters, leaders, challenges, events, words
