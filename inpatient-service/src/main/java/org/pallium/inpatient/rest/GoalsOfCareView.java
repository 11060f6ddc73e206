package org.pallium.inpatient.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A goals-of-care conversation. */
public record GoalsOfCareView(
        UUID id,
        UUID consultId,
        UUID patientId,
        Instant heldAt,
        List<String> participants,
        String whatMatters,
        String decisions,
        String documentedBy) {
}
