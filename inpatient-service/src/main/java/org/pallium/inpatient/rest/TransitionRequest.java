package org.pallium.inpatient.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.TransitionOutcome;

/** Where the patient goes at discharge, or that they died in hospital. */
public record TransitionRequest(
        @NotNull @Schema(description = "HOME_PROGRAMME and OUTPATIENT_CLINIC continue care in Pallium: an onward referral "
                + "is opened there") TransitionOutcome outcome,
        @Size(min = 1, max = 1000) @Schema(description = "For the receiving team; a standard sentence when left out")
        String reason) {
}
