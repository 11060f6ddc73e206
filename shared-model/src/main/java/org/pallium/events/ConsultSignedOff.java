package org.pallium.events;

import static org.pallium.events.Require.optional;
import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * The hospital team signed off a consult it had seen: its part in the patient's hospital stay is
 * over. The reason is the team's free text and may be clinical: PHI.
 *
 * @param reason null when the team gave none
 */
public record ConsultSignedOff(
        UUID consultId,
        UUID referralId,
        UUID patientId,
        String reason,
        String signedOffBy,
        Instant signedOffAt) implements CareEvent {

    public ConsultSignedOff {
        present(consultId, "consultId");
        present(referralId, "referralId");
        present(patientId, "patientId");
        optional(reason, "reason");
        present(signedOffBy, "signedOffBy");
        present(signedOffAt, "signedOffAt");
    }

    @Override
    public CareSetting setting() {
        return CareSetting.INPATIENT;
    }

    @Override
    public Instant occurredAt() {
        return signedOffAt;
    }
}
