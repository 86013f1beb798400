// First statement of every lifecycle write: takes the write lock on the challenge (bumping its
// `revision`), so concurrent mutations of one challenge run one after the other and each sees the
// state the previous one committed; then returns that state for the checks. No row: unknown id.
MATCH (ch:Challenge {id: $id})
SET ch.revision = coalesce(ch.revision, 0) + 1
WITH ch
OPTIONAL MATCH (issuer:Enterprise)-[:ISSUED]->(ch)
RETURN ch.status AS status, ch.deadline AS deadline, issuer.uscc AS issuer,
       COLLECT { MATCH (e:Enterprise)-[:BIDS_ON]->(ch) RETURN e.uscc ORDER BY e.uscc } AS bidders
