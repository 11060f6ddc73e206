package org.pallium.inpatient.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.platform.lifecycle.ReferralLifecycleView;

/** A consult as the team's census shows it. */
public record ConsultView(
        UUID id,
        UUID referralId,
        UUID patientId,
        String patientName,
        String reason,
        String requestingClinician,
        Instant requestedAt,
        @Schema(description = "Where the referral stands: its status, and each step it took, when, by whom and why")
        ReferralLifecycleView lifecycle) {
}
