// Every enterprise located in $regionCode or below, with every award it received and the codes of
// its region and every region above it; in USCC order.
MATCH (root:Region {code: $regionCode})
MATCH (e:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(root)
CALL (e) {
  MATCH (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region)
  RETURN collect(DISTINCT r.code) AS regionCodes
}
CALL (e) {
  OPTIONAL MATCH (e)-[h:HOLDS]->(d:Designation)
  RETURN collect(CASE WHEN h IS NOT NULL THEN {designation: d.name, level: h.level, year: h.year, expires: h.expires} END) AS awards
}
RETURN e AS enterprise, regionCodes, awards
ORDER BY e.uscc
