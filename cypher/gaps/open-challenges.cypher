// The OPEN challenges targeting each of $segmentIds, soonest deadline first (none last), then by id.
UNWIND $segmentIds AS segmentId
MATCH (ch:Challenge {status: 'OPEN'})-[:TARGETS]->(:Segment {id: segmentId})
RETURN segmentId AS key, ch AS challenge
ORDER BY key, ch.deadline IS NULL, ch.deadline, ch.id
