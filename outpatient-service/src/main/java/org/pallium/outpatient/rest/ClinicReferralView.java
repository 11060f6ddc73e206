package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.platform.lifecycle.ReferralHandover;
import org.pallium.platform.lifecycle.ReferralLifecycleView;

/** A referral routed to the clinic, as the clinic's list shows it; those that ended stay listed. */
public record ClinicReferralView(
        @Schema(description = "The referral id, as at the gateway") UUID id,
        UUID patientId,
        String patientName,
        String reason,
        String referringClinician,
        Instant submittedAt,
        @Schema(description = "Where the referral stands: its status, and each step it took, when, by whom and why")
        ReferralLifecycleView lifecycle,
        @Schema(description = "What the team that handed the patient over knew: latest ESAS-r and PPS, code status, "
                + "goals of care, healthcare agent, advance directive. Null when the patient was not handed over from "
                + "another setting, or the handover has not arrived yet")
        ReferralHandover handover) {
}
