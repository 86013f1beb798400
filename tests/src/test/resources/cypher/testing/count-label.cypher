// Tests only: how many nodes carry $label.
MATCH (n) WHERE $label IN labels(n)
RETURN count(n) AS n
