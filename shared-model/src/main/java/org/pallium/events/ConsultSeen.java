package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * The hospital team saw the patient of a consult for the first time (its initial consult
 * encounter), within the response target for its urgency or past it.
 */
public record ConsultSeen(
        UUID consultId,
        UUID referralId,
        UUID patientId,
        UUID encounterId,
        Urgency urgency,
        Instant requestedAt,
        Instant responseDueAt,
        Instant seenAt) implements CareEvent {

    public ConsultSeen {
        present(consultId, "consultId");
        present(referralId, "referralId");
        present(patientId, "patientId");
        present(encounterId, "encounterId");
        present(urgency, "urgency");
        present(requestedAt, "requestedAt");
        present(responseDueAt, "responseDueAt");
        present(seenAt, "seenAt");
    }

    /** Whether the team saw the patient by the response target. */
    public boolean seenWithinTarget() {
        return !seenAt.isAfter(responseDueAt);
    }

    @Override
    public CareSetting setting() {
        return CareSetting.INPATIENT;
    }

    @Override
    public Instant occurredAt() {
        return seenAt;
    }
}
