package org.pallium.inpatient.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.Discipline;
import org.pallium.inpatient.repository.EncounterKind;

/** An encounter the team had with a consult patient. */
public record RecordEncounterRequest(
        @Schema(description = "Chosen by the client; sending the same id again returns the encounter already recorded")
        UUID id,
        @NotNull EncounterKind kind,
        @NotBlank @Size(max = 200) String clinician,
        @NotNull Discipline discipline,
        @NotNull @PastOrPresent Instant startedAt,
        @NotNull Instant endedAt,
        @Size(max = 20000) String notes) {
}
