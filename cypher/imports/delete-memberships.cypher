// Deletes: rows of deletes/memberships.csv name what a refresh removes (applied after the upserts).
UNWIND $rows AS row
MATCH (:Enterprise {uscc: row.uscc})-[m:MEMBER_OF]->(c:Cluster)
WHERE c.id = row.cluster_id
DELETE m
