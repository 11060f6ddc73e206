package org.pallium.inpatient.service;

import java.time.Instant;
import java.util.UUID;

import org.pallium.events.Diagnosis;
import org.pallium.events.PatientDetails;
import org.pallium.events.Urgency;

/**
 * A consult asked for inside the hospital. {@code consultId} is chosen by the client, so that a
 * retried request finds the consult it opened instead of opening a second one.
 */
public record ConsultRequest(
        UUID consultId,
        PatientDetails patient,
        Diagnosis diagnosis,
        String unit,
        String bed,
        String admittingService,
        String requestingClinician,
        String requestingOrganisation,
        String question,
        Urgency urgency,
        Instant requestedAt) {
}
