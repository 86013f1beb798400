// Counts, for the firms located in region $regionCode itself (not below it), n and q of DESIGN §6
// per segment they operate in, q for every year from $fromYear to $toYear, and keeps them as that
// region's CoverageCount nodes, replacing the old ones: what gaps/segment-coverage then sums instead
// of visiting every firm. "Quality" is judged exactly as gaps/segment-coverage judges it (scale
// LARGE, or leading any chain, or holding a designation other than INNOVATIVE_SME valid in the year).
MATCH (x:Region {code: $regionCode})
OPTIONAL MATCH (innovative:Designation {name: 'INNOVATIVE_SME'})
CALL (x) {
  MATCH (old:CoverageCount {region: x.code})
  DELETE old
}
MATCH (x)<-[:LOCATED_IN]-(e:Enterprise)-[:OPERATES_IN]->(s:Segment)
WITH x, innovative, e, collect(s.id) AS operated
WITH x, e, operated,
     e.scale = 'LARGE' OR EXISTS { (e)-[:LEADS]->(:Chain) } AS always,
     [(e)-[h:HOLDS]->(d:Designation) WHERE innovative IS NULL OR d <> innovative | [h.year, h.expires]] AS spans
WITH x, operated,
     [y IN range($fromYear, $toYear) |
       CASE WHEN always OR any(span IN spans WHERE span[0] <= y AND (span[1] IS NULL OR span[1] >= y)) THEN 1 ELSE 0 END] AS quality
UNWIND operated AS segment
WITH x, segment, count(*) AS n, collect(quality) AS qualities
CREATE (:CoverageCount {region: x.code, segment: segment, n: n, fromYear: $fromYear,
                        q: [i IN range(0, $toYear - $fromYear) | reduce(total = 0, quality IN qualities | total + quality[i])]})
RETURN count(*) AS counted
