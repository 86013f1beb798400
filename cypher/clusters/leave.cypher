// Ends the membership of $uscc in $clusterId.
MATCH (:Enterprise {uscc: $uscc})-[m:MEMBER_OF]->(:Cluster {id: $clusterId})
DELETE m
