package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.Discipline;
import org.pallium.events.EsasR;
import org.pallium.outpatient.repository.VisitFocus;
import org.pallium.outpatient.repository.VisitIntervention;
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
        String notes,
        @Schema(description = "The ESAS-r symptoms and other concerns the visit focused on") VisitFocus focus,
        @Schema(description = "Absent when no ESAS-r was assessed") EsasR esas,
        @Schema(description = "The ESAS-r total symptom distress score, 0 to 90; absent without an ESAS-r") Integer esasTotal,
        @Schema(description = "PPS level, 0 to 100 in steps of 10; absent when none was assessed") Integer pps,
        List<VisitIntervention> interventions,
        String plan,
        @Schema(description = "When the patient is to be seen again, after the visit: an ISO-8601 period in days, "
                + "months and years; absent when none was set", example = "P14D") String followUpAfter) {
}
