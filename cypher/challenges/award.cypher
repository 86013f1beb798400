// Awards an OPEN challenge (赛马: several winners may race): the bids of $winners become WON,
// every other bid LOST, the status AWARDED. No row means nothing was written.
MATCH (ch:Challenge {id: $id}) WHERE ch.status = 'OPEN'
SET ch.status = 'AWARDED'
WITH ch
CALL (ch) {
  MATCH (e:Enterprise)-[b:BIDS_ON]->(ch)
  SET b.outcome = CASE WHEN e.uscc IN $winners THEN 'WON' ELSE 'LOST' END
}
RETURN ch AS challenge
