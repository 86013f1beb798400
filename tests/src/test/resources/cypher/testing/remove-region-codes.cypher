// Tests only: makes $n firms look as if written before `regionCode` existed.
MATCH (e:Enterprise)
WITH e ORDER BY e.uscc LIMIT $n
REMOVE e.regionCode
RETURN count(e) AS removed
