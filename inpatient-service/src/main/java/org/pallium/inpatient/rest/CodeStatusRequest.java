package org.pallium.inpatient.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.CodeStatus;

/** The code status the team documents. */
public record CodeStatusRequest(
        @Schema(description = "Chosen by the client; sending the same id again returns the entry already documented")
        UUID id,
        @NotNull CodeStatus codeStatus,
        @NotNull @PastOrPresent @Schema(description = "From when it holds") Instant effectiveAt,
        @Size(min = 1, max = 2000) String note) {
}
