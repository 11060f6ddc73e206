package org.pallium.homevisit.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.CallReason;
import org.pallium.events.CallerType;
import org.pallium.events.TriageOutcome;

/** A logged call to the nurse line; what the call did not have (a follow-up, a dispatched visit) is left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NurseCallView(
        UUID id,
        UUID patientId,
        CallerType callerType,
        String callerName,
        String callbackNumber,
        Instant receivedAt,
        int durationSeconds,
        CallReason reason,
        String details,
        TriageOutcome outcome,
        String followUp,
        Instant followUpDue,
        @Schema(description = "The urgent visit the call dispatched, for URGENT_VISIT_DISPATCHED") UUID dispatchedVisitId,
        @Schema(description = "The Pallium user id of the nurse who took the call") String takenBy,
        Instant recordedAt) {
}
