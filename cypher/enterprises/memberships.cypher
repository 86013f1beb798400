UNWIND $usccs AS uscc
MATCH (:Enterprise {uscc: uscc})-[m:MEMBER_OF]->(c:Cluster)
RETURN uscc AS key, c AS cluster, m AS memberOf
ORDER BY key, c.id
