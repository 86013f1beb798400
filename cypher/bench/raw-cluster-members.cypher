// The benchmark's floor for a cluster with the first 20 members by USCC, role and since, and the total.
MATCH (c:Cluster {id: $clusterId})
CALL (c) {
  MATCH (c)<-[m:MEMBER_OF]-(e:Enterprise)
  WITH m, e ORDER BY e.uscc
  WITH collect({role: m.role, since: m.since, node: e {.uscc, .name, .scale}}) AS members
  RETURN size(members) AS totalCount, members[..20] AS edges
}
RETURN c {.id, .name} AS cluster, totalCount, edges
