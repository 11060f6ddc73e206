package org.pallium.events;

import static org.pallium.events.Require.optional;
import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An EHR referred a patient to Pallium, and the gateway routed it to {@link #setting()}. This is
 * the hand-off to that setting's service, so it carries the whole referral: who the patient is and
 * how to reach them, the diagnosis, what to address and how urgently, who referred and who pays.
 * Most of it is protected health information, marked as such in the JSON Schema and the AsyncAPI
 * document; analytics keep only the unmarked fields.
 *
 * @param goalsOfCare the goals known so far, in the referrer's words; null when none were sent
 * @param coverage    null when the referrer did not send it
 */
public record ReferralSubmitted(
        UUID referralId,
        UUID patientId,
        CareSetting setting,
        PatientDetails patient,
        Diagnosis diagnosis,
        String reason,
        List<String> symptoms,
        Urgency urgency,
        String goalsOfCare,
        Referrer referrer,
        Coverage coverage,
        List<AttachmentReference> attachments,
        Instant submittedAt) implements ReferralEvent {

    public ReferralSubmitted {
        present(referralId, "referralId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(patient, "patient");
        present(diagnosis, "diagnosis");
        present(reason, "reason");
        symptoms = List.copyOf(present(symptoms, "symptoms"));
        if (symptoms.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("symptoms must not hold a blank one");
        }
        present(urgency, "urgency");
        optional(goalsOfCare, "goalsOfCare");
        present(referrer, "referrer");
        attachments = List.copyOf(present(attachments, "attachments"));
        present(submittedAt, "submittedAt");
    }

    @Override
    public Instant occurredAt() {
        return submittedAt;
    }
}
