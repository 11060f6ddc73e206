package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/** The clinic cancelled an appointment, with the reason: free text, may be clinical, PHI. */
public record AppointmentCancelled(
        UUID appointmentId,
        UUID patientId,
        CareSetting setting,
        Instant startsAt,
        String reason,
        String cancelledBy,
        Instant cancelledAt) implements CareEvent {

    public AppointmentCancelled {
        present(appointmentId, "appointmentId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(startsAt, "startsAt");
        present(reason, "reason");
        present(cancelledBy, "cancelledBy");
        present(cancelledAt, "cancelledAt");
    }

    @Override
    public Instant occurredAt() {
        return cancelledAt;
    }
}
