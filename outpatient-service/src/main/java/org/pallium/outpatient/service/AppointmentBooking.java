package org.pallium.outpatient.service;

import java.time.Instant;
import java.util.UUID;

import org.pallium.outpatient.repository.VisitType;

/**
 * An appointment to book. {@code appointmentId} is chosen by the client, so that a retried request
 * finds the appointment it booked instead of booking it twice.
 */
public record AppointmentBooking(
        UUID appointmentId,
        UUID patientId,
        String clinicianId,
        VisitType visitType,
        Instant startsAt) {
}
