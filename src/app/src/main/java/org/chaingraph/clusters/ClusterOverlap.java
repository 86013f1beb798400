package org.chaingraph.clusters;

/** Another cluster sharing members with a cluster, and how many. */
public record ClusterOverlap(Cluster cluster, int sharedCount) {
}
