package org.pallium.homevisit.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.Discipline;
import org.pallium.homevisit.repository.VisitMode;

/** A visit arranged apart from the plans: an extra visit, a video visit with its join link. */
public record VisitScheduling(
        @Schema(description = "Chosen by the client; the same id again returns the visit already scheduled")
        @NotNull UUID id,
        @NotNull UUID patientId,
        @NotNull Discipline discipline,
        @NotNull VisitMode mode,
        @Schema(description = "The Pallium user id of the clinician who is to make it")
        @NotBlank @Size(max = 200) String assignedTo,
        @NotNull Instant scheduledStart,
        @Min(5) @Max(480) int durationMinutes,
        @Size(max = 100) String videoProvider,
        @Schema(description = "The link patient and clinician join the video visit by; only for VIDEO")
        @Size(max = 2000) @Pattern(regexp = "https://\\S+", message = "must be an https link") String videoJoinUrl) {
}
