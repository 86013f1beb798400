// Incentives offered by $regionCode, the regions below it and the regions above it (those above
// take part in 从优、就高、不重复 for the firms of the region); `within` marks the region's own budget.
MATCH (root:Region {code: $regionCode})
CALL (root) {
  MATCH (r:Region)-[:PART_OF*0..]->(root)
  RETURN r, true AS within
  UNION
  MATCH (root)-[:PART_OF*1..]->(r:Region)
  RETURN r, false AS within
}
MATCH (r)-[:OFFERS]->(i:Incentive)
RETURN i {.*, regionCode: r.code} AS incentive, within
ORDER BY i.id
