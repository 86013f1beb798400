UNWIND $codes AS code
MATCH (:Region {code: code})-[:PART_OF]->(parent:Region)
RETURN code AS key, parent AS region
