// A page of the enterprises operating in each of $ids, in USCC order, starting after $after;
// with each segment's total and how many sort at or before $after.
UNWIND $ids AS id
MATCH (s:Segment {id: id})
CALL (s) {
  MATCH (e:Enterprise)-[:OPERATES_IN]->(s)
  RETURN count(e) AS totalCount, count(CASE WHEN e.uscc <= $after THEN 1 END) AS before
}
CALL (s) {
  MATCH (e:Enterprise)-[:OPERATES_IN]->(s)
  WHERE e.uscc > $after
  WITH e ORDER BY e.uscc LIMIT $limit
  RETURN collect(e) AS enterprises
}
RETURN id AS key, totalCount, before, enterprises
