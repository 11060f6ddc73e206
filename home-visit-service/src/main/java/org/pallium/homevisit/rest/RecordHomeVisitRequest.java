package org.pallium.homevisit.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.Discipline;

/** A visit the home team made, as the mobile app uploads it, possibly long after it took place. */
public record RecordHomeVisitRequest(
        @Schema(description = "Chosen by the app when the visit is documented, offline too; uploading the same id again returns the visit already recorded")
        UUID id,
        @NotNull UUID patientId,
        @NotBlank @Size(max = 200) String clinician,
        @Schema(description = "Usually NURSE or SOCIAL_WORKER")
        @NotNull Discipline discipline,
        @Schema(description = "When the visit began at the patient's home: its clinical time, not the upload time")
        @NotNull @PastOrPresent Instant startedAt,
        @NotNull Instant endedAt,
        @Size(max = 20000) String notes) {
}
