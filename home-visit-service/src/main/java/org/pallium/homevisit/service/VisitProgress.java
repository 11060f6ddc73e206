package org.pallium.homevisit.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.MissedVisitReason;

/**
 * How far a scheduled visit went while the app was offline, as a sync item uploads it: checked in,
 * checked out too, or missed. Each step is taken as its own endpoint takes it, at its clinical time;
 * a step already taken (the app uploading again) is passed over.
 */
public record VisitProgress(
        @Schema(description = "The check-in, if the clinician checked in offline")
        @Valid VisitCheck checkIn,
        @Schema(description = "The check-out, if the clinician checked out offline")
        @Valid VisitCheck checkOut,
        @Schema(description = "What the visit found, kept at check-out")
        @Size(max = 20000) String notes,
        @Schema(description = "What the visit left to do next, kept at check-out")
        @Size(max = 4000) String plan,
        @Schema(description = "Instead of checks: why the visit did not take place")
        MissedVisitReason missedReason,
        @Size(max = 4000) String missedNote) {

    /** Whether the upload says something the visit's course can take, and not two contrary things. */
    boolean isOneCourse() {
        boolean checked = checkIn != null || checkOut != null;
        return checked != (missedReason != null);
    }
}
