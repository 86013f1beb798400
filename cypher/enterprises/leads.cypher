// The chains each of $usccs leads, and in which region (LEADS.region is a region code).
UNWIND $usccs AS uscc
MATCH (e:Enterprise {uscc: uscc})-[l:LEADS]->(c:Chain)
MATCH (r:Region {code: l.region})
RETURN uscc AS key, e AS enterprise, c AS chain, r AS region
ORDER BY key, c.id, r.code
