package org.pallium.homevisit.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A nurse's turn on call. */
public record OnCallShiftRequest(
        @Schema(description = "Chosen by the client; planning the same id again returns the shift already planned")
        UUID id,
        @Schema(description = "The Pallium user id of the nurse on call") @NotBlank @Size(max = 200) String nurse,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt) {
}
