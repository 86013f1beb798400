// A page of the members of each of $ids, in USCC order, starting after $after; with each
// cluster's total and how many sort at or before $after.
UNWIND $ids AS id
MATCH (c:Cluster {id: id})
CALL (c) {
  MATCH (e:Enterprise)-[:MEMBER_OF]->(c)
  RETURN count(e) AS totalCount, count(CASE WHEN e.uscc <= $after THEN 1 END) AS before
}
CALL (c) {
  MATCH (e:Enterprise)-[m:MEMBER_OF]->(c)
  WHERE e.uscc > $after
  WITH e, m ORDER BY e.uscc LIMIT $limit
  RETURN collect({enterprise: e, memberOf: m}) AS members
}
RETURN id AS key, totalCount, before, members
