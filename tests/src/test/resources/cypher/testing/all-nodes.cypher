// Test only: every node with its labels and properties, to compare whole graphs.
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS properties
