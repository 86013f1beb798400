// How many firms lack `regionCode` (schema/region-codes fills it in): the count store against the
// (regionCode, uscc) index, so no firm is read.
RETURN COUNT { MATCH (e:Enterprise) } - COUNT { MATCH (e:Enterprise) WHERE e.regionCode IS NOT NULL AND e.uscc IS NOT NULL } AS missing
