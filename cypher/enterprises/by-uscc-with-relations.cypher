// One enterprise with the relations its lookup selected ($region, $memberships, $operations,
// $designations: booleans), in one round trip instead of one per relation: the GraphQL layer primes
// the relation loaders with them. Lists are ordered as enterprises/memberships, operations and
// designations order them; a relation not asked for is null.
MATCH (e:Enterprise {uscc: $uscc})
RETURN e AS enterprise,
       CASE WHEN $region THEN COLLECT { MATCH (e)-[:LOCATED_IN]->(r:Region) RETURN r } END AS region,
       CASE WHEN $memberships THEN COLLECT {
         MATCH (e)-[m:MEMBER_OF]->(c:Cluster)
         WITH c, m ORDER BY c.id
         RETURN {cluster: c, memberOf: m}
       } END AS memberships,
       CASE WHEN $operations THEN COLLECT {
         MATCH (e)-[o:OPERATES_IN]->(s:Segment)
         WITH s, o ORDER BY s.id
         RETURN {segment: s, mainProduct: o.mainProduct}
       } END AS operations,
       CASE WHEN $designations THEN COLLECT {
         MATCH (e)-[h:HOLDS]->(d:Designation)
         OPTIONAL MATCH (r:Region {code: h.region})
         WITH h, d, r ORDER BY h.year, d.name, h.level
         RETURN {holds: h, designation: d.name, region: r}
       } END AS designations
