UNWIND $usccs AS uscc
MATCH (:Enterprise {uscc: uscc})-[:HAS_CAPABILITY]->(c:Capability)
RETURN uscc AS key, c.name AS capability
ORDER BY key, capability
