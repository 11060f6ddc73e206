package org.pallium.homevisit.rest;

import java.time.Instant;
import java.util.UUID;

import org.pallium.homevisit.repository.AdmissionStatus;

/** An admission as the home programme's census shows it. */
public record AdmissionView(
        UUID id,
        UUID referralId,
        UUID patientId,
        String patientName,
        AdmissionStatus status,
        String reason,
        String referringClinician,
        Instant submittedAt,
        Instant admittedAt,
        Instant cancelledAt,
        String cancellationReason) {
}
