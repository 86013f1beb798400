// The benchmark's floor for `enterprise(uscc)` with region, clusters, designations and segments:
// one hand-written statement, answered straight from the driver.
MATCH (e:Enterprise {uscc: $uscc})
RETURN e {.uscc, .name, .scale, .revenue,
          region: [(e)-[:LOCATED_IN]->(r:Region) | r {.code, .name}][0],
          clusters: [(e)-[:MEMBER_OF]->(c:Cluster) | c {.id, .name}],
          designations: [(e)-[h:HOLDS]->(d:Designation) | {designation: d.name, level: h.level, year: h.year, expires: h.expires}],
          segments: [(e)-[o:OPERATES_IN]->(s:Segment) | {segment: s {.id, .name}, mainProduct: o.mainProduct}]} AS enterprise
