package org.pallium.inpatient.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.EsasR;

/** An assessment: an ESAS-r, a PPS level, or both. */
public record AssessmentView(
        UUID id,
        UUID consultId,
        @Schema(description = "The encounter it was assessed at; absent for one recorded on its own") UUID encounterId,
        Instant assessedAt,
        @Schema(description = "Absent when only the PPS was assessed") EsasR esas,
        @Schema(description = "The ESAS-r total symptom distress score, 0 to 90") Integer esasTotal,
        @Schema(description = "PPS level, 0 to 100 in steps of 10; absent when only the ESAS-r was assessed") Integer pps,
        String recordedBy) {
}
