// Bids in the order they came in; bids without a date last.
UNWIND $ids AS id
MATCH (e:Enterprise)-[b:BIDS_ON]->(:Challenge {id: id})
RETURN id AS key, e AS enterprise, b AS bidsOn
ORDER BY key, b.submitted, e.uscc
