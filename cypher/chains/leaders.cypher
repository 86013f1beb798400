// The chain-leader firms of each chain, and in which region they lead it.
UNWIND $ids AS id
MATCH (e:Enterprise)-[l:LEADS]->(c:Chain {id: id})
MATCH (r:Region {code: l.region})
RETURN id AS key, e AS enterprise, c AS chain, r AS region
ORDER BY key, r.code, e.uscc
