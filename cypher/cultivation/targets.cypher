// The targets $regionCode itself sets (not those of the regions below it).
MATCH (:Region {code: $regionCode})-[:SETS]->(t:Target)
RETURN t {.*} AS target
ORDER BY t.year, t.designation, t.id
