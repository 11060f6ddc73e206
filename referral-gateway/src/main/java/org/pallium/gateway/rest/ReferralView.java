package org.pallium.gateway.rest;

import java.time.Instant;
import java.util.UUID;

import org.pallium.events.CareSetting;
import org.pallium.gateway.repository.ReferralStatus;

/** A referral and where it stands. */
public record ReferralView(
        UUID referralId,
        UUID patientId,
        CareSetting setting,
        ReferralStatus status,
        String reason,
        String referringClinician,
        Instant submittedAt,
        Instant updatedAt) {
}
