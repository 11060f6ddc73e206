package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.outpatient.repository.ScheduleExceptionKind;

/** A period in which a clinician, or the whole clinic, sees no patients. */
public record ScheduleExceptionRequest(
        @Schema(description = "Chosen by the client; sending the same id again returns the exception already recorded")
        UUID id,
        @Schema(description = "The clinician's Pallium user id; none for the whole clinic, such as a public holiday")
        @Size(max = 200) String clinician,
        @NotNull ScheduleExceptionKind kind,
        @NotNull Instant startsAt,
        @Schema(description = "Exclusive") @NotNull Instant endsAt,
        @Size(max = 2000) String note) {
}
