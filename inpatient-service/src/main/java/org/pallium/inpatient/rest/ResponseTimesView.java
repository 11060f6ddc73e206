package org.pallium.inpatient.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.Urgency;

/** How fast the team saw the consults requested in a period, by urgency. */
public record ResponseTimesView(Instant from, Instant to, List<ByUrgency> byUrgency) {

    public record ByUrgency(
            Urgency urgency,
            @Schema(description = "The configured response target, in minutes") long targetMinutes,
            @Schema(description = "Consults requested in the period") long requested,
            long seen,
            long seenWithinTarget,
            @Schema(description = "Not seen and past the target now") long overdue,
            @Schema(description = "Median minutes from request to the initial consult; absent when none was seen")
            Long medianMinutes,
            @Schema(description = "Minutes by which nine consults in ten were seen; absent when none was") Long p90Minutes) {
    }
}
