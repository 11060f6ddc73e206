package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.UUID;

import org.pallium.outpatient.repository.ClinicReferralStatus;

/** A referral the clinic has taken on, as the clinic's list shows it; cancelled ones stay listed. */
public record ClinicReferralView(
        UUID id,
        UUID patientId,
        String patientName,
        ClinicReferralStatus status,
        String reason,
        String referringClinician,
        Instant submittedAt,
        Instant acceptedAt,
        Instant cancelledAt,
        String cancellationReason) {
}
