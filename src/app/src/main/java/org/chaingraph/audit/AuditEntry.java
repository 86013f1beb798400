package org.chaingraph.audit;

import java.util.List;

import org.chaingraph.security.Role;

/** One recorded write: a mutation or an import. {@code outcome} is {@code OK} or the error code it ended with. */
public record AuditEntry(String key, String at, String who, Role role, String operation, String arguments,
                         List<String> affected, String outcome, String requestId) {
}
