// One audit entry: who did what, with which arguments, touching which ids, and how it ended.
// Written in its own transaction, so refused and failed writes are recorded too.
CREATE (:AuditEntry {
  key: $key, at: datetime($at), who: $who, role: $role, operation: $operation,
  arguments: $arguments, affected: $affected, outcome: $outcome, requestId: $requestId
})
