package org.pallium.inpatient.rest;

import java.time.Instant;

import org.pallium.events.HealthcareAgent;
import org.pallium.inpatient.repository.AdvanceDirectiveStatus;

/** Where the advance directive stands, and the healthcare agent. */
public record AdvanceDirectiveView(
        AdvanceDirectiveStatus status,
        String documentReference,
        String note,
        HealthcareAgent healthcareAgent,
        String documentedBy,
        Instant recordedAt) {
}
