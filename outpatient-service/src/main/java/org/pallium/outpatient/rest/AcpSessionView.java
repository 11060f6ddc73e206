package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An advance care planning session. */
public record AcpSessionView(
        UUID id,
        UUID patientId,
        Instant heldAt,
        List<String> participants,
        String notes,
        String documentedBy) {
}
