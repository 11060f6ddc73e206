package org.pallium.homevisit.rest;

import java.time.Instant;
import java.util.UUID;

import org.pallium.events.Discipline;

/**
 * A recorded home visit (FHIR Encounter class HH). {@code recordedAt} shows when it was uploaded,
 * which for a visit documented offline is after {@code startedAt}.
 */
public record HomeVisitView(
        UUID id,
        UUID admissionId,
        UUID patientId,
        String encounterClass,
        String clinician,
        Discipline discipline,
        Instant startedAt,
        Instant endedAt,
        String notes,
        Instant recordedAt) {
}
