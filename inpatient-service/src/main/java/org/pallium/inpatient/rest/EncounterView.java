package org.pallium.inpatient.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.Discipline;
import org.pallium.inpatient.repository.EncounterKind;
import org.pallium.inpatient.repository.EncounterParticipant;
import org.pallium.inpatient.repository.Intervention;

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
        long durationMinutes,
        String notes,
        List<Discipline> disciplinesPresent,
        List<EncounterParticipant> participants,
        List<Intervention> interventions,
        @Schema(description = "The ESAS-r and PPS assessed at the encounter; absent when none was") AssessmentView assessment) {
}
