package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/** The clinic moved an appointment to another time, and perhaps to another clinician. */
public record AppointmentRescheduled(
        UUID appointmentId,
        UUID patientId,
        CareSetting setting,
        String clinician,
        Instant previousStartsAt,
        Instant startsAt,
        Instant endsAt,
        String rescheduledBy,
        Instant rescheduledAt) implements CareEvent {

    public AppointmentRescheduled {
        present(appointmentId, "appointmentId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(clinician, "clinician");
        present(previousStartsAt, "previousStartsAt");
        present(startsAt, "startsAt");
        present(endsAt, "endsAt");
        present(rescheduledBy, "rescheduledBy");
        present(rescheduledAt, "rescheduledAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("endsAt must be after startsAt");
        }
    }

    @Override
    public Instant occurredAt() {
        return rescheduledAt;
    }
}
