package org.pallium.inpatient.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A goals-of-care conversation the team held. */
public record GoalsOfCareRequest(
        @Schema(description = "Chosen by the client; sending the same id again returns the conversation already documented")
        UUID id,
        @NotNull @PastOrPresent Instant heldAt,
        @NotNull @Size(min = 1, max = 20) @Schema(description = "Who took part, by role or name",
                example = "[\"patient\", \"daughter (healthcare agent)\", \"palliative physician\"]")
        List<@NotBlank @Size(max = 200) String> participants,
        @NotBlank @Size(max = 4000) @Schema(description = "What matters most to the patient, in their words")
        String whatMatters,
        @NotBlank @Size(max = 4000) @Schema(description = "The decisions made") String decisions) {
}
