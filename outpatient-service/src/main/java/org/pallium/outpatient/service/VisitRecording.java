package org.pallium.outpatient.service;

import java.time.Instant;
import java.util.UUID;

import org.pallium.events.Discipline;
import org.pallium.outpatient.repository.VisitType;

/**
 * A visit to record. {@code visitId} is chosen by the client, so that a retried request finds the
 * visit it already recorded instead of recording it twice.
 */
public record VisitRecording(
        UUID visitId,
        UUID patientId,
        VisitType visitType,
        String clinician,
        Discipline discipline,
        Instant startedAt,
        Instant endedAt,
        String notes) {
}
