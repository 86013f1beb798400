// Every enterprise located in $regionCode or below, with every award it received and the codes of
// its region and every region above it; in USCC order. With $awardedOnly, only the firms holding
// some award: all that counts, targets, promotions, renewals and incentives can concern (entry
// lists judge the others), and in a real register a small share of its firms.
MATCH (root:Region {code: $regionCode})
MATCH (x:Region)-[:PART_OF*0..]->(root)
// The regions a firm is in are its region's own and those above it: computed once per region, not per firm.
WITH x, COLLECT { MATCH (x)-[:PART_OF*0..]->(a:Region) RETURN DISTINCT a.code } AS regionCodes
MATCH (x)<-[:LOCATED_IN]-(e:Enterprise)
WHERE NOT $awardedOnly OR EXISTS { (e)-[:HOLDS]->(:Designation) }
RETURN e AS enterprise, regionCodes,
       [(e)-[h:HOLDS]->(d:Designation) | {designation: d.name, level: h.level, year: h.year, expires: h.expires}] AS awards
ORDER BY e.uscc
