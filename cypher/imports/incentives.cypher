UNWIND $rows AS row
MATCH (region:Region {code: row.region_code})
MERGE (i:Incentive {id: row.id})
SET i.name = row.name, i.designation = row.designation, i.trigger = row.trigger, i.amount = row.amount,
    i.level = row.level, i.exclusiveGroup = row.exclusive_group, i.source = row.source
WITH i, region
CALL (i, region) {
  OPTIONAL MATCH (i)<-[old:OFFERS]-(r:Region) WHERE r <> region
  DELETE old
}
MERGE (region)-[:OFFERS]->(i)
