package org.pallium.platform.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One access to patient data: who, when, which patient, what action on what, the outcome and
 * where from. It holds no clinical content: the request is its method and path, never its query
 * or body.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String roles,
        UUID patientId,
        AuditAction action,
        String resource,
        String request,
        int status,
        Outcome outcome,
        String clientAddress) {

    public enum Outcome {
        SUCCESS,
        /** Refused: no or a bad token, a role without the right, or a patient outside the caller's scope. */
        DENIED,
        FAILED;

        static Outcome of(int status, boolean deniedByScope) {
            if (deniedByScope || status == 401 || status == 403) {
                return DENIED;
            }
            return status < 400 ? SUCCESS : FAILED;
        }
    }
}
