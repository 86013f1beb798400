// A page of the enterprises located in each of $codes or any region below it, in USCC order,
// starting after $after; with each region's total and how many sort at or before $after.
UNWIND $codes AS code
MATCH (r:Region {code: code})
CALL (r) {
  MATCH (e:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r)
  RETURN count(DISTINCT e) AS totalCount, count(DISTINCT CASE WHEN e.uscc <= $after THEN e END) AS before
}
CALL (r) {
  MATCH (e:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r)
  WHERE e.uscc > $after
  WITH DISTINCT e ORDER BY e.uscc LIMIT $limit
  RETURN collect(e) AS enterprises
}
RETURN code AS key, totalCount, before, enterprises
