// Whether cluster $clusterId and enterprise $uscc exist and the enterprise is a member (with its membership).
OPTIONAL MATCH (c:Cluster {id: $clusterId})
OPTIONAL MATCH (e:Enterprise {uscc: $uscc})
OPTIONAL MATCH (e)-[m:MEMBER_OF]->(c)
RETURN c AS cluster, e AS enterprise, m AS memberOf
