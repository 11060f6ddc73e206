package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.OnwardService;

/** A referral the clinic sent on to another service for a patient in its care. */
public record SendOnwardReferralRequest(
        @Schema(description = "Chosen by the client; sending the same id again returns the referral as it now stands")
        UUID id,
        @Schema(description = "The Pallium patient id") @NotNull UUID patientId,
        @NotNull OnwardService service,
        @Size(min = 1, max = 200) @Schema(description = "Whom it went to, such as a named clinic or clinician; required "
                + "for OTHER", example = "Campus psycho-oncology clinic") String recipient,
        @NotBlank @Size(max = 2000) @Schema(example = "Low mood and hopelessness beyond what the team can support")
        String reason,
        @PastOrPresent @Schema(description = "When it was sent; now when left out") Instant sentAt) {

    @AssertTrue(message = "a referral to OTHER names its recipient")
    @Schema(hidden = true)
    public boolean isRecipientNamedForOther() {
        return service != OnwardService.OTHER || recipient != null && !recipient.isBlank();
    }
}
