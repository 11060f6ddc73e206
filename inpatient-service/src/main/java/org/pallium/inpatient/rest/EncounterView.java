package org.pallium.inpatient.rest;

import java.time.Instant;
import java.util.UUID;

import org.pallium.events.Discipline;
import org.pallium.inpatient.repository.EncounterKind;

/** A recorded encounter (FHIR Encounter class IMP). */
public record EncounterView(
        UUID id,
        UUID consultId,
        UUID patientId,
        String encounterClass,
        EncounterKind kind,
        String clinician,
        Discipline discipline,
        Instant startedAt,
        Instant endedAt,
        String notes) {
}
