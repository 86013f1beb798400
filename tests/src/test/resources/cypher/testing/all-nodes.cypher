// Test only: every node with its labels and properties, to compare whole graphs. The data version
// (cypher/cache/) is bookkeeping, not data: it counts writes, which differ between equal graphs.
MATCH (n)
WHERE NOT n:DataVersion
RETURN labels(n) AS labels, properties(n) AS properties
