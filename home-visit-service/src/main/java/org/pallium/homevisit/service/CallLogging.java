package org.pallium.homevisit.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.CallReason;
import org.pallium.events.CallerType;
import org.pallium.events.TriageOutcome;

/**
 * A call to the 24/7 nurse line, as the nurse who took it logs it, possibly offline: the app chooses
 * its id, so that logging it again finds the call already logged.
 */
public record CallLogging(
        @Schema(description = "Chosen by the app when the call is logged, offline too; logging the same id again "
                + "returns the call already logged")
        UUID id,
        @NotNull UUID patientId,
        @NotNull CallerType callerType,
        @Size(max = 200) String callerName,
        @Size(max = 40) String callbackNumber,
        @Schema(description = "When the call came in: its clinical time, and an urgent visit's scheduled start")
        @NotNull @PastOrPresent Instant receivedAt,
        @PositiveOrZero @Max(86_400) int durationSeconds,
        @NotNull CallReason reason,
        @Size(max = 20000) String details,
        @NotNull TriageOutcome outcome,
        @Schema(description = "What is to be done after the call, by whom") @Size(max = 4000) String followUp,
        Instant followUpDue,
        @Schema(description = "For URGENT_VISIT_DISPATCHED: the Pallium user id of the nurse to send; by default the "
                + "nurse on call when the call came in. Ignored for other outcomes.")
        @Size(max = 200) String dispatchTo) {

    /** The same call under the id and about the patient given apart from it, as a sync item gives them. */
    public CallLogging withIds(UUID callId, UUID aboutPatient) {
        return new CallLogging(callId, aboutPatient, callerType, callerName, callbackNumber, receivedAt, durationSeconds,
                reason, details, outcome, followUp, followUpDue, dispatchTo);
    }
}
