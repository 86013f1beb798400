// The benchmark's floor for a page of a cluster's member enterprises.
MATCH (:Cluster {id: $clusterId})<-[:MEMBER_OF]-(e:Enterprise)
WITH DISTINCT e ORDER BY e.uscc
WITH collect(e) AS matches
RETURN size(matches) AS totalCount,
       [e IN matches[..20] | e {.uscc, .name, .scale, region: [(e)-[:LOCATED_IN]->(r:Region) | r {.code, .name}][0]}] AS page
