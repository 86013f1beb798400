package org.chaingraph.imports;

/**
 * A kind of node that rows refer to by key. A reference resolves when the key is defined in the
 * dataset being imported or already exists in the store.
 */
enum Reference {
    REGION("regions.csv", "code", "imports/existing-regions"),
    CHAIN("chains.csv", "id", "imports/existing-chains"),
    SEGMENT("segments.csv", "id", "imports/existing-segments"),
    ENTERPRISE("enterprises.csv", "uscc", "imports/existing-enterprises"),
    CLUSTER("clusters.csv", "id", "imports/existing-clusters"),
    CHALLENGE("challenges.csv", "id", "imports/existing-challenges"),
    EVENT("events.csv", "id", "imports/existing-events");

    final String file;
    final String keyColumn;
    final String existingStatement;

    Reference(String file, String keyColumn, String existingStatement) {
        this.file = file;
        this.keyColumn = keyColumn;
        this.existingStatement = existingStatement;
    }

    String describe() {
        return file.replace(".csv", "") + " " + keyColumn;
    }
}
