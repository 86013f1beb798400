UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc}), (c:Cluster {id: row.cluster_id})
MERGE (e)-[m:MEMBER_OF]->(c)
SET m.since = row.since, m.role = row.role
