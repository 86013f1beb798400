// Test only: every node with its labels and properties, to compare whole graphs. The data version
// (cypher/cache/) and the audit trail are bookkeeping, not data: they count and record writes,
// which differ between equal graphs.
MATCH (n)
WHERE NOT n:DataVersion AND NOT n:AuditEntry
RETURN labels(n) AS labels, properties(n) AS properties
