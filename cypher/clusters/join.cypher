// Makes $uscc a member of $clusterId (both checked to exist and not yet related by the caller).
MATCH (c:Cluster {id: $clusterId}), (e:Enterprise {uscc: $uscc})
CREATE (e)-[m:MEMBER_OF {since: $since, role: $role}]->(c)
RETURN c AS cluster, e AS enterprise, m AS memberOf
