UNWIND $ids AS id
MATCH (e:Enterprise)-[:ISSUED]->(:Challenge {id: id})
RETURN id AS key, e AS enterprise
