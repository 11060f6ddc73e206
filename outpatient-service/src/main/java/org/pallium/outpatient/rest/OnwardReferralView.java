package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.OnwardReferralStatus;
import org.pallium.events.OnwardService;

/** A referral the clinic sent on, where it stands, and each step it took. */
public record OnwardReferralView(
        UUID id,
        UUID patientId,
        OnwardService service,
        String recipient,
        String reason,
        OnwardReferralStatus status,
        Instant sentAt,
        @Schema(description = "When the other service is to see the patient; absent when not known") Instant appointmentAt,
        Instant seenAt,
        Instant closedAt,
        @Schema(description = "Why it closed; always given when it closed before the patient was seen")
        String closureReason,
        String sentBy,
        @Schema(description = "Every step, the sending included, in the order they were taken") List<Step> steps) {

    public record Step(
            UUID id,
            OnwardReferralStatus status,
            @Schema(description = "Absent for the sending") OnwardReferralStatus previousStatus,
            Instant at,
            Instant appointmentAt,
            String reason,
            String recordedBy) {
    }
}
