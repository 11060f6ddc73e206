package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.OnwardReferralStatus;

/** How far an onward referral has come since it was sent. */
public record OnwardReferralStepRequest(
        @Schema(description = "Chosen by the client; sending the same id again returns the referral as it now stands")
        UUID id,
        @NotNull @Schema(description = "SCHEDULED, SEEN or CLOSED: forward only; SCHEDULED again when the other service "
                + "moves the appointment") OnwardReferralStatus status,
        @PastOrPresent @Schema(description = "When it happened; now when left out") Instant at,
        @Schema(description = "For SCHEDULED only: when the other service is to see the patient, if it said")
        Instant appointmentAt,
        @Size(max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        @Schema(description = "For CLOSED only: why; required when the patient was not seen",
                example = "Patient declined: prefers to talk with the chaplain first") String reason) {

    @AssertTrue(message = "a referral is SENT once, when it is recorded; a step makes it SCHEDULED, SEEN or CLOSED")
    @Schema(hidden = true)
    public boolean isStepAfterSending() {
        return status != OnwardReferralStatus.SENT;
    }

    @AssertTrue(message = "appointmentAt goes with SCHEDULED, and reason with CLOSED")
    @Schema(hidden = true)
    public boolean isDetailOfItsStep() {
        return (appointmentAt == null || status == OnwardReferralStatus.SCHEDULED)
                && (reason == null || status == OnwardReferralStatus.CLOSED);
    }
}
