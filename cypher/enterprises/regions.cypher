UNWIND $usccs AS uscc
MATCH (:Enterprise {uscc: uscc})-[:LOCATED_IN]->(r:Region)
RETURN uscc AS key, r AS region
