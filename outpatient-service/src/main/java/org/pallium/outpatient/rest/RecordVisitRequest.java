package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.Discipline;
import org.pallium.outpatient.repository.VisitType;

/** A visit the clinic had with a referred patient, in the clinic or by video. */
public record RecordVisitRequest(
        @Schema(description = "Chosen by the client; sending the same id again returns the visit already recorded")
        UUID id,
        @Schema(description = "The Pallium patient id") @NotNull UUID patientId,
        @NotNull VisitType visitType,
        @NotBlank @Size(max = 200) String clinician,
        @NotNull Discipline discipline,
        @NotNull @PastOrPresent Instant startedAt,
        @NotNull Instant endedAt,
        @Size(max = 20000) String notes) {
}
