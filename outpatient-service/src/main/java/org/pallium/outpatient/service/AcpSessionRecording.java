package org.pallium.outpatient.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An advance care planning session to record, under an id the client chose. */
public record AcpSessionRecording(
        UUID sessionId,
        UUID patientId,
        Instant heldAt,
        List<String> participants,
        String notes) {
}
