// How many entries the trail holds (from the count store).
MATCH (a:AuditEntry) RETURN count(a) AS total
