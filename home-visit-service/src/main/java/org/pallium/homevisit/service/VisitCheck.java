package org.pallium.homevisit.service;

import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.homevisit.repository.EvvPosition;

/**
 * A check-in or check-out as the clinician's phone took it: when (the clinical time, however late
 * the app uploads it) and where. The position is null for a video visit, where none is asked for.
 */
public record VisitCheck(
        @Schema(description = "When the clinician checked in (or out): the visit's clinical start (or end), however late "
                + "it is uploaded")
        @NotNull @PastOrPresent Instant at,
        @Schema(description = "WGS 84 degrees; required for an in-person visit, not asked for a video visit")
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Schema(description = "The phone's estimate of its position's error, in metres")
        @PositiveOrZero @Max(100_000) Integer accuracyMeters) {

    public boolean located() {
        return latitude != null && longitude != null;
    }

    /** Whether {@code recorded} is this check, given again: a retried upload. */
    public boolean repeats(EvvPosition recorded) {
        return recorded != null && recorded.sameAs(at, latitude, longitude, accuracyMeters);
    }

    /** The check as the visit keeps it, {@code distanceMeters} from the patient's address (null: not measured). */
    public EvvPosition position(Integer distanceMeters) {
        return new EvvPosition(at, latitude, longitude, accuracyMeters, distanceMeters);
    }
}
