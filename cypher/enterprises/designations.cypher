// Every award, valid or not, oldest first; region: the awarding region when recorded.
UNWIND $usccs AS uscc
MATCH (:Enterprise {uscc: uscc})-[h:HOLDS]->(d:Designation)
OPTIONAL MATCH (r:Region {code: h.region})
RETURN uscc AS key, h AS holds, d.name AS designation, r AS region
ORDER BY key, h.year, d.name, h.level
