package org.pallium.gateway.repository;

import java.util.List;

import org.pallium.events.AttachmentReference;
import org.pallium.events.Coverage;
import org.pallium.events.Diagnosis;
import org.pallium.events.PatientDetails;
import org.pallium.events.Referrer;
import org.pallium.events.Urgency;

/**
 * The referral as the EHR sent it, kept whole: what the setting's service receives, and what a
 * transfer hands on to the next setting.
 *
 * @param goalsOfCare null when none were sent
 * @param coverage    null when not sent
 */
public record ReferralDetails(
        PatientDetails patient,
        Diagnosis diagnosis,
        List<String> symptoms,
        Urgency urgency,
        String goalsOfCare,
        Referrer referrer,
        Coverage coverage,
        List<AttachmentReference> attachments) {
}
