// One enterprise with every award it received, the codes of its region and every region above
// it, and the incentives those regions offer (with the offering region's code).
MATCH (e:Enterprise {uscc: $uscc})
CALL (e) {
  MATCH (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region)
  OPTIONAL MATCH (r)-[:OFFERS]->(i:Incentive)
  RETURN collect(DISTINCT r.code) AS regionCodes, collect(i {.*, regionCode: r.code}) AS incentives
}
CALL (e) {
  OPTIONAL MATCH (e)-[h:HOLDS]->(d:Designation)
  RETURN collect(CASE WHEN h IS NOT NULL THEN {designation: d.name, level: h.level, year: h.year, expires: h.expires} END) AS awards
}
RETURN e AS enterprise, regionCodes, awards, incentives
