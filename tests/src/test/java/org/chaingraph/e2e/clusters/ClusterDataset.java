package org.chaingraph.e2e.clusters;

/**
 * {@code datasets/clusters}: CL-1 (chain CH-A) has E1 (ANCHOR, LARGE, operates in A-MID), E2
 * (专精特新 2024–2027, A-UP), E3 (专精特新 2021–2024, lapsed) and E4 (小巨人 2026); CL-2 (CH-A and
 * CH-B) has E2, E3 and E5 (ANCHOR, B-1); CL-3 (CH-B) has E3 and E6; CL-EMPTY has nobody; E7 is in no cluster.
 */
final class ClusterDataset {

    private ClusterDataset() {
    }

    static final String DATASET = "src/test/resources/datasets/clusters";

    static final String E1 = "91330402MA2E00001C";
    static final String E2 = "91330402MA2E00002F";
    static final String E3 = "91330411MA2E00003K";
    static final String E4 = "91330402MA2E00004M";
    static final String E5 = "91330402MA2E00005Q";
    static final String E6 = "91330411MA2E00006W";
    static final String E7 = "91330411MA2E000070";
}
