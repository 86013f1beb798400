// Takes the write lock of cluster $clusterId, so checking and changing its memberships is atomic.
OPTIONAL MATCH (c:Cluster {id: $clusterId})
SET c._lock = true
REMOVE c._lock
