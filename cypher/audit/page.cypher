// A page of the audit trail, newest first: keys sort by time, so this walks the key index backwards
// from $after ('' = from the newest).
MATCH (a:AuditEntry)
WHERE a.key IS NOT NULL AND ($after = '' OR a.key < $after)
WITH a ORDER BY a.key DESC LIMIT $limit
RETURN a.key AS key, toString(a.at) AS at, a.who AS who, a.role AS role, a.operation AS operation,
       a.arguments AS arguments, a.affected AS affected, a.outcome AS outcome, a.requestId AS requestId
