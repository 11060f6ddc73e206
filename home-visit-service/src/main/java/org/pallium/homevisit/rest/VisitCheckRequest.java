package org.pallium.homevisit.rest;

import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A check-in at the patient's home, or the start of a video visit, as the phone took it. */
public record VisitCheckRequest(
        @Schema(description = "When the clinician checked in: the visit's clinical start, however late it is uploaded")
        @NotNull @PastOrPresent Instant at,
        @Schema(description = "WGS 84 degrees; required for an in-person visit, not asked for a video visit")
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Schema(description = "The phone's estimate of its position's error, in metres")
        @PositiveOrZero @Max(100_000) Integer accuracyMeters) {
}
