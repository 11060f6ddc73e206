package org.pallium.homevisit.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.Discipline;
import org.pallium.homevisit.repository.EvvFlag;
import org.pallium.homevisit.repository.VisitMode;
import org.pallium.homevisit.repository.VisitStatus;

/**
 * A home visit (FHIR Encounter class HH, or VR by video), from its schedule to its end.
 * {@code recordedAt} shows when it was uploaded, which for a visit documented offline is after
 * {@code startedAt}.
 */
public record HomeVisitView(
        UUID id,
        UUID admissionId,
        UUID patientId,
        String encounterClass,
        String clinician,
        Discipline discipline,
        Instant startedAt,
        Instant endedAt,
        String notes,
        Instant recordedAt,
        VisitStatus status,
        VisitMode mode,
        @Schema(description = "The Pallium user id of the clinician who is to make the visit") String assignedTo,
        Instant scheduledStart,
        Instant scheduledEnd,
        @Schema(description = "Dispatched from the nurse line: first on the route") boolean urgent,
        @Schema(description = "The nurse-line call that dispatched it") UUID callId,
        String videoProvider,
        @Schema(description = "Where a VIDEO visit is joined") String videoJoinUrl,
        @Schema(description = "What the visit left to do next") String plan,
        String missedReason,
        String cancellationReason,
        Evv evv,
        @Schema(description = "The version an edit names in If-Match, as the ETag \"<version>\"") long version) {

    /**
     * The visit's Electronic Visit Verification: the service type, where and when the clinician
     * checked in and out, and the exceptions a coordinator reviews.
     */
    public record Evv(String serviceType, Position checkIn, Position checkOut, List<EvvFlag> exceptions) {
    }

    /** @param distanceMeters from the patient's address; null when it could not be measured */
    public record Position(Instant at, Double latitude, Double longitude, Integer accuracyMeters, Integer distanceMeters) {
    }
}
