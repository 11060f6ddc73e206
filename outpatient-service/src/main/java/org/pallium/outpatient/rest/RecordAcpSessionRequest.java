package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An advance care planning session the clinic held with a patient. */
public record RecordAcpSessionRequest(
        @Schema(description = "Chosen by the client; sending the same id again returns the session already recorded")
        UUID id,
        @Schema(description = "The Pallium patient id") @NotNull UUID patientId,
        @NotNull @PastOrPresent Instant heldAt,
        @NotNull @Size(min = 1, max = 20) @Schema(description = "Who took part, by role or name",
                example = "[\"patient\", \"son (healthcare agent)\", \"nurse practitioner\"]")
        List<@NotBlank @Size(max = 200) String> participants,
        @NotBlank @Size(max = 20000) @Schema(description = "What was discussed: goals, wishes, the documents and what "
                + "comes next") String notes) {
}
