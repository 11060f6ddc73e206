package org.pallium.inpatient.service;

import java.time.Instant;
import java.util.UUID;

import org.pallium.events.Discipline;
import org.pallium.inpatient.repository.EncounterKind;

/**
 * An encounter to record. {@code encounterId} is chosen by the client, so that a retried request
 * finds the encounter it already recorded instead of recording it twice.
 */
public record EncounterRecording(
        UUID encounterId,
        UUID consultId,
        EncounterKind kind,
        String clinician,
        Discipline discipline,
        Instant startedAt,
        Instant endedAt,
        String notes) {
}
