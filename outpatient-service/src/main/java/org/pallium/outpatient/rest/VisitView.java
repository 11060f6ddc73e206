package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.UUID;

import org.pallium.events.Discipline;
import org.pallium.outpatient.repository.VisitType;

/** A recorded clinic visit (FHIR Encounter class AMB, or VR for a video visit). */
public record VisitView(
        UUID id,
        UUID patientId,
        UUID referralId,
        String encounterClass,
        VisitType visitType,
        String clinician,
        Discipline discipline,
        Instant startedAt,
        Instant endedAt,
        String notes) {
}
