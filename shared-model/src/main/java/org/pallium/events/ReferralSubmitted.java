package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * An EHR referred a patient to Pallium, and the gateway routed it to {@link #setting()}. This is
 * the hand-off to that setting's service, so it carries what the receiving team needs to identify
 * the patient: the identifier, the name and the reason are protected health information, marked
 * as such in the JSON Schema and the AsyncAPI document.
 */
public record ReferralSubmitted(
        UUID referralId,
        UUID patientId,
        CareSetting setting,
        PatientIdentifier patientIdentifier,
        String patientName,
        String reason,
        String referringClinician,
        Instant submittedAt) implements ReferralEvent {

    public ReferralSubmitted {
        present(referralId, "referralId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(patientIdentifier, "patientIdentifier");
        present(patientName, "patientName");
        present(reason, "reason");
        present(referringClinician, "referringClinician");
        present(submittedAt, "submittedAt");
    }

    @Override
    public Instant occurredAt() {
        return submittedAt;
    }
}
