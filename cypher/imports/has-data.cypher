// Whether the store holds any data (an empty store is loaded with the default dataset at start-up).
OPTIONAL MATCH (n) WHERE NOT n:Designation
WITH n LIMIT 1
RETURN n IS NOT NULL AS hasData
