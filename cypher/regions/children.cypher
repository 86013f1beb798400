UNWIND $codes AS code
MATCH (child:Region)-[:PART_OF]->(:Region {code: code})
RETURN code AS key, child AS region
ORDER BY key, child.code
