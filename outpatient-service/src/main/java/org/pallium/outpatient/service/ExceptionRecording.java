package org.pallium.outpatient.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.pallium.outpatient.repository.ScheduleExceptionKind;

/**
 * An exception to record in the schedule. {@code exceptionId} is chosen by the client, so that a
 * retried request finds the exception it recorded; without a clinician it closes the whole clinic.
 */
public record ExceptionRecording(
        UUID exceptionId,
        Optional<String> clinicianId,
        ScheduleExceptionKind kind,
        Instant startsAt,
        Instant endsAt,
        String note) {
}
