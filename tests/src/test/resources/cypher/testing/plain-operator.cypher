// Test only: a firm that is no quality firm in any year (not LARGE, leads no chain, holds nothing
// above INNOVATIVE_SME), with a chain it operates in and its region's code.
MATCH (e:Enterprise)-[:OPERATES_IN]->(:Segment)-[:IN_CHAIN]->(c:Chain)
WHERE e.scale <> 'LARGE' AND NOT EXISTS { (e)-[:LEADS]->() }
  AND NOT EXISTS { (e)-[:HOLDS]->(d:Designation) WHERE d.name <> 'INNOVATIVE_SME' }
RETURN e.uscc AS uscc, e.scale AS scale, c.id AS chain, e.regionCode AS region
ORDER BY uscc
LIMIT 1
