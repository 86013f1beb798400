// Counts, for the firms located in region $regionCode itself (not below it), n and q of docs/contracts.md §6
// per segment they operate in, q for every year from $fromYear to $toYear, and keeps them as that
// region's CoverageCount nodes: what gaps/segment-coverage then sums instead of visiting every
// firm. Counts are updated in place (a count that did not change is not written) and those of
// segments the region no longer operates in are deleted. "Quality" is judged exactly as
// gaps/segment-coverage judges it (scale LARGE, or leading any chain, or holding a designation
// other than INNOVATIVE_SME valid in the year).
MATCH (x:Region {code: $regionCode})
OPTIONAL MATCH (innovative:Designation {name: 'INNOVATIVE_SME'})
WITH x, COLLECT {
  MATCH (x)<-[:LOCATED_IN]-(e:Enterprise)-[:OPERATES_IN]->(s:Segment)
  WITH e, collect(s.id) AS operated
  WITH e, operated, e.scale = 'LARGE' OR EXISTS { (e)-[:LEADS]->(:Chain) } AS always
  WITH operated, always,
       CASE WHEN always THEN [] ELSE [(e)-[h:HOLDS]->(d:Designation) WHERE innovative IS NULL OR d <> innovative | [h.year, h.expires]] END AS spans
  // A year vector only for the firms whose quality depends on the year (most firms hold no such designation).
  WITH operated, always,
       CASE WHEN size(spans) = 0 THEN null ELSE
         [y IN range($fromYear, $toYear) | CASE WHEN any(span IN spans WHERE span[0] <= y AND (span[1] IS NULL OR span[1] >= y)) THEN 1 ELSE 0 END]
       END AS years
  UNWIND operated AS segment
  WITH segment, count(*) AS n, sum(CASE WHEN always THEN 1 ELSE 0 END) AS always, collect(years) AS yearly
  RETURN {segment: segment, n: n, q: [i IN range(0, $toYear - $fromYear) | reduce(total = always, quality IN yearly | total + quality[i])]}
} AS counts
CALL (x, counts) {
  MATCH (old:CoverageCount {region: x.code})
  WHERE NOT old.segment IN [count IN counts | count.segment]
  DELETE old
}
UNWIND counts AS count
MERGE (cell:CoverageCount {region: x.code, segment: count.segment})
SET cell.n = count.n, cell.q = count.q
RETURN count(*) AS counted
