package org.pallium.gateway.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.AttachmentReference;
import org.pallium.events.CareSetting;
import org.pallium.events.Coverage;
import org.pallium.events.Diagnosis;
import org.pallium.events.PatientDetails;
import org.pallium.events.Referrer;
import org.pallium.events.Urgency;
import org.pallium.gateway.repository.ReferralStatus;
import org.pallium.gateway.repository.RoutingReason;

/**
 * A referral and where it stands. A referral taken in before Pallium kept the whole referral
 * (before schema version 6) shows no patient details, diagnosis or referrer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralView(
        UUID referralId,
        @Schema(description = "The EHR's own identifier of the referral, when it sent one") Identifier referralIdentifier,
        UUID patientId,
        CareSetting setting,
        @Schema(description = "Why it went to that setting: the referrer named it, or which routing rule chose it")
        RoutingReason routedBecause,
        ReferralStatus status,
        String reason,
        @Schema(description = "Who the patient is and how to reach them, as the referring EHR sent it")
        PatientDetails patient,
        Diagnosis diagnosis,
        @Schema(description = "The symptoms or needs to address")
        List<String> symptoms,
        Urgency urgency,
        String goalsOfCare,
        Referrer referrer,
        Coverage coverage,
        @Schema(description = "Documents that go with the referral, by reference")
        List<AttachmentReference> attachments,
        Instant submittedAt,
        Instant updatedAt,
        @Schema(description = "The referral whose transfer opened this one, when a setting's team transferred the patient here")
        UUID transferredFrom,
        @Schema(description = "The referral this one's transfer opened in the other setting; to withdraw the patient, cancel that one")
        UUID transferredTo,
        @Schema(description = "Every status the referral has had, oldest first; only on a single referral")
        List<StatusChange> history) {

    public record Identifier(String system, String value) {
    }

    /**
     * One step of the referral: when, by whom (the referring clinician, the clinician of the
     * setting's team, or else the setting's service), and why.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatusChange(ReferralStatus status, Instant at, String by, String reason,
            @Schema(description = "When the first visit is booked for; on the SCHEDULED step") Instant firstVisitAt) {
    }
}
