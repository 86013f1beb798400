// For each gap segment of $segmentIds, at most $first candidates (docs/contracts.md §6) for region $regionCode
// in year $year, best first (score desc, then USCC):
//   - enterprises outside the region (and every region below it) that operate in the segment;
//   - enterprises in the region that hold a capability the segment requires but do not operate in it.
// So never an enterprise already operating in the segment locally. The score is the weighted sum
// documented in docs/gaps.md; weights ($weights), ladder heights ($heights, by designation) and
// scale values ($scales) come from org.chaingraph.gaps.CandidateScore, the one place they are set.
MATCH (r:Region {code: $regionCode})
CALL (r) {
  MATCH (x:Region)-[:PART_OF*0..]->(r)
  RETURN collect(x) AS regions
}
UNWIND $segmentIds AS segmentId
MATCH (s:Segment {id: segmentId})
CALL (s, regions) {
  CALL (s, regions) {
    MATCH (s)<-[:OPERATES_IN]-(e:Enterprise)-[:LOCATED_IN]->(x)
    WHERE NOT x IN regions
    RETURN e, true AS operates
    UNION
    MATCH (s)-[:REQUIRES]->(:Capability)<-[:HAS_CAPABILITY]-(e:Enterprise)-[:LOCATED_IN]->(x)
    WHERE x IN regions AND NOT EXISTS { (e)-[:OPERATES_IN]->(s) }
    RETURN e, false AS operates
  }
  WITH s, e, operates,
       COUNT { (s)-[:REQUIRES]->(:Capability) } AS required,
       [(s)-[:REQUIRES]->(c:Capability)<-[:HAS_CAPABILITY]-(e) | c.name] AS held,
       [(e)-[h:HOLDS]->(d:Designation) WHERE h.year <= $year AND (h.expires IS NULL OR h.expires >= $year) | d.name] AS designations,
       EXISTS { (e)-[:LEADS]->(:Chain) } AS leads
  WITH e, operates, held, designations, leads,
       CASE WHEN required = 0 THEN 0.0 ELSE toFloat(size(held)) / required END AS capabilityShare,
       reduce(height = CASE WHEN leads THEN $leaderHeight ELSE 0.0 END, name IN designations |
              CASE WHEN $heights[name] > height THEN $heights[name] ELSE height END) AS quality
  WITH e, operates, held, designations, leads,
       round($weights.segment * CASE WHEN operates THEN 1.0 ELSE 0.0 END
             + $weights.capability * capabilityShare
             + $weights.quality * quality
             + $weights.scale * coalesce($scales[e.scale], 0.0), 4) AS score
  ORDER BY score DESC, e.uscc
  LIMIT $first
  RETURN e, operates, held, designations, leads, score
}
RETURN segmentId AS key, e AS enterprise, operates, held, designations, leads, score
ORDER BY key, score DESC, enterprise.uscc
