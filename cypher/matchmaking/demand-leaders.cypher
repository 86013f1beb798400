// What each leader ($usccs) needs (docs/contracts.md §6): the segments that FEED into the segments it
// operates in — by SUPPLY flows only: across a PROCESS flow (design → foundry) the upstream firms are
// the leader's customers, not its suppliers — the capabilities those segments require, and what
// proximity and existing-supplier checks need: its region, its clusters and its suppliers. One row
// per known enterprise.
UNWIND $usccs AS uscc
MATCH (d:Enterprise {uscc: uscc})
OPTIONAL MATCH (d)-[:LOCATED_IN]->(r:Region)
WITH d, r, COLLECT { MATCH (d)-[:OPERATES_IN]->(:Segment)<-[f:FEEDS]-(s:Segment) WHERE coalesce(f.kind, 'SUPPLY') = 'SUPPLY'
                  RETURN DISTINCT s ORDER BY s.id } AS segments
RETURN d.uscc AS key, d AS demander, r.code AS regionCode, r.name AS regionName,
       [s IN segments | {id: s.id, name: s.name}] AS segments,
       COLLECT { UNWIND segments AS s MATCH (s)-[:REQUIRES]->(c:Capability) RETURN DISTINCT c.name AS name ORDER BY name } AS capabilities,
       [(d)-[:MEMBER_OF]->(c:Cluster) | c.id] AS clusterIds,
       [(e:Enterprise)-[:SUPPLIES]->(d) | e.uscc] AS suppliers
