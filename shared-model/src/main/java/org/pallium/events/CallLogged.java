package org.pallium.events;

import static org.pallium.events.Require.optional;
import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * A call to the 24/7 nurse line was logged and triaged. The caller's name and what was said stay in
 * the home-visit service; the event carries who called (patient, family, facility), why and what
 * the nurse decided. Its clinical time is when the call came in.
 *
 * @param takenBy          the Pallium user id of the nurse who took the call
 * @param dispatchedVisitId the urgent visit the call led to; null unless the outcome is
 *                          URGENT_VISIT_DISPATCHED
 */
public record CallLogged(
        UUID callId,
        UUID patientId,
        CareSetting setting,
        CallerType caller,
        Instant receivedAt,
        int durationSeconds,
        CallReason reason,
        TriageOutcome outcome,
        boolean followUpNeeded,
        UUID dispatchedVisitId,
        String takenBy) implements CareEvent {

    public CallLogged {
        present(callId, "callId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(caller, "caller");
        present(receivedAt, "receivedAt");
        present(reason, "reason");
        present(outcome, "outcome");
        optional(dispatchedVisitId, "dispatchedVisitId");
        present(takenBy, "takenBy");
        if (durationSeconds < 0) {
            throw new IllegalArgumentException("durationSeconds must not be negative");
        }
        if ((outcome == TriageOutcome.URGENT_VISIT_DISPATCHED) != (dispatchedVisitId != null)) {
            throw new IllegalArgumentException("dispatchedVisitId is given exactly when an urgent visit was dispatched");
        }
    }

    @Override
    public Instant occurredAt() {
        return receivedAt;
    }
}
