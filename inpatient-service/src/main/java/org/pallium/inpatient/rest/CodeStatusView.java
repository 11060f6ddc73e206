package org.pallium.inpatient.rest;

import java.time.Instant;
import java.util.UUID;

import org.pallium.events.CodeStatus;

/** One documentation of the code status. */
public record CodeStatusView(
        UUID id,
        UUID consultId,
        UUID patientId,
        CodeStatus codeStatus,
        Instant effectiveAt,
        String note,
        String documentedBy,
        Instant recordedAt) {
}
