// How many firms the benchmarked store holds (from the count store, no scan).
MATCH (e:Enterprise)
RETURN count(e) AS enterprises
