// Tests only: how many relationships are of $type.
MATCH ()-[r]->() WHERE type(r) = $type
RETURN count(r) AS n
