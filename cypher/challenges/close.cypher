// Closes an OPEN challenge without a winner: status CLOSED, every pending bid LOST. No row means
// nothing was written.
MATCH (ch:Challenge {id: $id}) WHERE ch.status = 'OPEN'
SET ch.status = 'CLOSED'
WITH ch
CALL (ch) {
  MATCH (:Enterprise)-[b:BIDS_ON]->(ch)
  WHERE coalesce(b.outcome, 'PENDING') = 'PENDING'
  SET b.outcome = 'LOST'
}
RETURN ch AS challenge
