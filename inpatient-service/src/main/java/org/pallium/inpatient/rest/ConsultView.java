package org.pallium.inpatient.rest;

import java.time.Instant;
import java.util.UUID;

import org.pallium.inpatient.repository.ConsultStatus;

/** A consult as the team's census shows it. */
public record ConsultView(
        UUID id,
        UUID referralId,
        UUID patientId,
        String patientName,
        ConsultStatus status,
        String reason,
        String requestingClinician,
        Instant requestedAt,
        Instant acceptedAt,
        Instant cancelledAt,
        String cancellationReason) {
}
