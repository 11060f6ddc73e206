package org.pallium.inpatient.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.Handover;
import org.pallium.events.TransitionOutcome;

/** How a consult ended at discharge. */
public record TransitionView(
        UUID id,
        UUID consultId,
        UUID patientId,
        TransitionOutcome outcome,
        @Schema(description = "The referral the gateway opens in the receiving setting; absent when care leaves Pallium")
        UUID onwardReferralId,
        String reason,
        @Schema(description = "What the receiving team gets: the latest ESAS-r and PPS, code status, goals of care, "
                + "healthcare agent and advance directive") Handover handover,
        Instant transitionedAt,
        String transitionedBy) {
}
