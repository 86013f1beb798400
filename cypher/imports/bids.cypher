UNWIND $rows AS row
MATCH (e:Enterprise {uscc: row.uscc}), (ch:Challenge {id: row.challenge_id})
MERGE (e)-[b:BIDS_ON]->(ch)
SET b.submitted = row.submitted, b.outcome = row.outcome
