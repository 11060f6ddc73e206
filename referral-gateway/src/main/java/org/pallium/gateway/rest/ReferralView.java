package org.pallium.gateway.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.CareSetting;
import org.pallium.gateway.repository.ReferralStatus;

/** A referral and where it stands. */
public record ReferralView(
        UUID referralId,
        @Schema(description = "The EHR's own identifier of the referral, when it sent one") Identifier referralIdentifier,
        UUID patientId,
        CareSetting setting,
        ReferralStatus status,
        String reason,
        String referringClinician,
        Instant submittedAt,
        Instant updatedAt) {

    public record Identifier(String system, String value) {
    }
}
