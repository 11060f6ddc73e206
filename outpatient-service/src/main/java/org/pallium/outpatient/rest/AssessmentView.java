package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.EsasR;
import org.pallium.outpatient.repository.VisitType;

/** The ESAS-r, the PPS level, or both, assessed at a clinic visit. */
public record AssessmentView(
        UUID visitId,
        VisitType visitType,
        @Schema(description = "When the visit started") Instant assessedAt,
        @Schema(description = "Absent when only the PPS was assessed") EsasR esas,
        @Schema(description = "The ESAS-r total symptom distress score, 0 to 90") Integer esasTotal,
        @Schema(description = "PPS level, 0 to 100 in steps of 10; absent when only the ESAS-r was assessed") Integer pps,
        String clinician) {
}
