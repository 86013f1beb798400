// The coverage counts of a region that no longer exists (gaps/refresh-coverage needs the region).
MATCH (c:CoverageCount {region: $regionCode})
WHERE NOT EXISTS { (:Region {code: $regionCode}) }
DELETE c
