package org.pallium.homevisit.service;

import java.time.Instant;
import java.util.UUID;

import org.pallium.events.Discipline;

/**
 * A home visit to record. {@code visitId} is chosen by the mobile app when the visit is documented,
 * possibly offline, so that uploading it again finds the visit already recorded instead of
 * recording it twice.
 */
public record HomeVisitRecording(
        UUID visitId,
        UUID patientId,
        String clinician,
        Discipline discipline,
        Instant startedAt,
        Instant endedAt,
        String notes) {
}
