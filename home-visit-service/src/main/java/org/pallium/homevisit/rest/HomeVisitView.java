package org.pallium.homevisit.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.Discipline;
import org.pallium.homevisit.repository.EvvFlag;
import org.pallium.homevisit.repository.VisitMode;
import org.pallium.homevisit.repository.VisitStatus;

/**
 * A visit to the patient at home (FHIR Encounter class HH) or by video (VR), scheduled, in progress
 * or done. {@code recordedAt} shows when it was scheduled or uploaded, which for a visit documented
 * offline is after {@code startedAt}. Parts not known yet (a scheduled visit's start) are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HomeVisitView(
        UUID id,
        UUID admissionId,
        UUID patientId,
        String encounterClass,
        VisitStatus status,
        VisitMode mode,
        String clinician,
        Discipline discipline,
        @Schema(description = "When it is to begin and end, for a visit that was scheduled")
        Instant scheduledStart,
        Instant scheduledEnd,
        @Schema(description = "The Pallium user id of the clinician who is to make it")
        String assignedTo,
        @Schema(description = "Dispatched from the nurse line, first on the route")
        boolean urgent,
        UUID callId,
        UUID planId,
        String videoProvider,
        String videoJoinUrl,
        Instant startedAt,
        Instant endedAt,
        String notes,
        @Schema(description = "What the visit left to do next")
        String plan,
        @Schema(description = "Why a visit that was due did not take place")
        String missedReason,
        @Schema(description = "Why a visit was called off before it began")
        String cancellationReason,
        Evv evv,
        Instant recordedAt,
        @Schema(description = "The version an edit names in If-Match (also the ETag)")
        long version) {

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
