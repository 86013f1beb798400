// Every enterprise located in $regionCode or below, with every award it received and the codes of
// its region and every region above it; in USCC order.
MATCH (root:Region {code: $regionCode})
MATCH (x:Region)-[:PART_OF*0..]->(root)
// The regions a firm is in are its region's own and those above it: computed once per region, not per firm.
WITH x, COLLECT { MATCH (x)-[:PART_OF*0..]->(a:Region) RETURN DISTINCT a.code } AS regionCodes
MATCH (x)<-[:LOCATED_IN]-(e:Enterprise)
RETURN e AS enterprise, regionCodes,
       [(e)-[h:HOLDS]->(d:Designation) | {designation: d.name, level: h.level, year: h.year, expires: h.expires}] AS awards
ORDER BY e.uscc
