package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/** The patient did not come to an appointment (a no-show). Its clinical time is the appointment's start. */
public record AppointmentMissed(
        UUID appointmentId,
        UUID patientId,
        CareSetting setting,
        Instant startsAt,
        String recordedBy,
        Instant recordedAt) implements CareEvent {

    public AppointmentMissed {
        present(appointmentId, "appointmentId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(startsAt, "startsAt");
        present(recordedBy, "recordedBy");
        present(recordedAt, "recordedAt");
    }

    @Override
    public Instant occurredAt() {
        return startsAt;
    }
}
