UNWIND $ids AS id
MATCH (:Cluster {id: id})-[:LOCATED_IN]->(r:Region)
RETURN id AS key, r AS region
