// For each of $ids, the other clusters sharing members with it and how many: most shared first, then id.
UNWIND $ids AS id
MATCH (c:Cluster {id: id})<-[:MEMBER_OF]-(e:Enterprise)-[:MEMBER_OF]->(o:Cluster)
WHERE o <> c
WITH id, o, count(DISTINCT e) AS shared
ORDER BY id, shared DESC, o.id
RETURN id AS key, o AS cluster, shared
