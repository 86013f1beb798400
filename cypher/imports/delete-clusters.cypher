// Deletes: rows of deletes/clusters.csv name what a refresh removes (applied after the upserts).
UNWIND $rows AS row
MATCH (c:Cluster {id: row.id})
DETACH DELETE c
