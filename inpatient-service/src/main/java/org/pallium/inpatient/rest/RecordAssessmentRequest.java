package org.pallium.inpatient.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.platform.scales.EsasRInput;
import org.pallium.platform.scales.PpsLevel;

/** An ESAS-r, a PPS level, or both, assessed on their own. */
public record RecordAssessmentRequest(
        @Schema(description = "Chosen by the client; sending the same id again returns the assessment already recorded")
        UUID id,
        @NotNull @PastOrPresent Instant assessedAt,
        @Valid EsasRInput esas,
        @PpsLevel @Schema(description = "PPS v2: 0 to 100 in steps of 10", minimum = "0", maximum = "100", multipleOf = 10)
        Integer pps) {

    @AssertTrue(message = "an assessment holds an ESAS-r, a PPS level, or both")
    @Schema(hidden = true)
    public boolean isAnythingAssessed() {
        return esas != null || pps != null;
    }
}
