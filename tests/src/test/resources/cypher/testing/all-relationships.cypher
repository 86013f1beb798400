// Test only: every relationship with its end nodes' keys, to compare whole graphs.
MATCH (a)-[r]->(b)
RETURN labels(a)[0] + ':' + coalesce(a.uscc, a.code, a.id, a.name) AS source, type(r) AS type,
       properties(r) AS properties, labels(b)[0] + ':' + coalesce(b.uscc, b.code, b.id, b.name) AS target
