package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * A call to the nurse line was triaged to an urgent visit, which was put first on the route of the
 * nurse on call.
 *
 * @param nurse        the Pallium user id of the nurse who is to make the visit
 * @param dispatchedBy the Pallium user id of the nurse who took the call
 */
public record UrgentVisitDispatched(
        UUID visitId,
        UUID callId,
        UUID patientId,
        CareSetting setting,
        CallReason reason,
        String nurse,
        String dispatchedBy,
        Instant dispatchedAt) implements VisitEvent {

    public UrgentVisitDispatched {
        present(visitId, "visitId");
        present(callId, "callId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(reason, "reason");
        present(nurse, "nurse");
        present(dispatchedBy, "dispatchedBy");
        present(dispatchedAt, "dispatchedAt");
    }

    @Override
    public Instant occurredAt() {
        return dispatchedAt;
    }
}
