// The benchmark's floor for a page of the enterprises operating in any segment of a chain.
MATCH (:Chain {id: $chainId})<-[:IN_CHAIN]-(:Segment)<-[:OPERATES_IN]-(e:Enterprise)
WITH DISTINCT e ORDER BY e.uscc
WITH collect(e) AS matches
RETURN size(matches) AS totalCount,
       [e IN matches[..20] | e {.uscc, .name, .scale, region: [(e)-[:LOCATED_IN]->(r:Region) | r {.code, .name}][0]}] AS page
