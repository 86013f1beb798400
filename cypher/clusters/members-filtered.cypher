// A page of the members of each of $ids, in USCC order, starting after $after, keeping members
// with role $role and holding designation $designation valid in $year (a null filter is not
// applied); with each cluster, its filtered total and how many of those sort at or before $after.
UNWIND $ids AS id
MATCH (c:Cluster {id: id})
CALL (c) {
  MATCH (e:Enterprise)-[m:MEMBER_OF]->(c)
  WHERE ($role IS NULL OR m.role = $role)
    AND ($designation IS NULL OR EXISTS {
      MATCH (e)-[h:HOLDS]->(:Designation {name: $designation})
      WHERE h.year <= $year AND (h.expires IS NULL OR h.expires >= $year)
    })
  WITH e, m
  ORDER BY e.uscc
  RETURN count(e) AS totalCount, count(CASE WHEN e.uscc <= $after THEN 1 END) AS before,
         [x IN collect({enterprise: e, memberOf: m}) WHERE x.enterprise.uscc > $after][0..$limit] AS members
}
RETURN c AS cluster, totalCount, before, members
