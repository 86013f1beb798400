// Records a PENDING bid (揭榜) of $uscc, submitted $today, on an OPEN challenge. The status guard
// repeats the check made under the lock: no row means nothing was written.
MATCH (ch:Challenge {id: $id}) WHERE ch.status = 'OPEN'
MATCH (e:Enterprise {uscc: $uscc})
WHERE NOT EXISTS { (e)-[:BIDS_ON]->(ch) }
CREATE (e)-[:BIDS_ON {submitted: $today, outcome: 'PENDING'}]->(ch)
RETURN ch AS challenge
