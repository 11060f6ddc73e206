package org.pallium.homevisit.rest;

import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A check-out at the end of a visit, with what the visit found and left to do. */
public record CheckOutRequest(
        @Schema(description = "When the visit ended: not before its check-in")
        @NotNull @PastOrPresent Instant at,
        @Schema(description = "WGS 84 degrees; required for an in-person visit, not asked for a video visit")
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @PositiveOrZero @Max(100_000) Integer accuracyMeters,
        @Size(max = 20000) String notes,
        @Schema(description = "What the visit left to do next: the doorstep view shows the last visit's")
        @Size(max = 4000) String plan) {
}
