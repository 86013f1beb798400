package org.chaingraph.clusters;

/** The key of a batched {@code Cluster.stats}: the cluster and the year. */
record StatsKey(String cluster, int year) {
}
