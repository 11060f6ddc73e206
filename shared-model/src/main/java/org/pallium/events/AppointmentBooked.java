package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * The clinic booked an appointment. {@link #occurredAt()} is when it was booked; when the patient is
 * to come is {@link #startsAt()}.
 *
 * @param clinician the clinician's Pallium user id
 * @param visitType the clinic's visit type, such as NEW_PATIENT or VIDEO_VISIT
 */
public record AppointmentBooked(
        UUID appointmentId,
        UUID patientId,
        CareSetting setting,
        String clinician,
        String visitType,
        Instant startsAt,
        Instant endsAt,
        String bookedBy,
        Instant bookedAt) implements CareEvent {

    public AppointmentBooked {
        present(appointmentId, "appointmentId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(clinician, "clinician");
        present(visitType, "visitType");
        present(startsAt, "startsAt");
        present(endsAt, "endsAt");
        present(bookedBy, "bookedBy");
        present(bookedAt, "bookedAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("endsAt must be after startsAt");
        }
    }

    @Override
    public Instant occurredAt() {
        return bookedAt;
    }
}
