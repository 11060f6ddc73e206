package org.pallium.homevisit.service;

import java.time.Instant;
import java.util.UUID;

import org.pallium.events.CallReason;
import org.pallium.events.CallerType;
import org.pallium.events.TriageOutcome;

/**
 * A call to the nurse line to log. {@code callId} is chosen by the app when the nurse logs the call,
 * possibly offline, so that uploading it again finds the call already logged. {@code dispatchTo}
 * names the nurse to send an urgent visit to; null: the nurse on call when the call came in.
 */
public record CallLogging(
        UUID callId,
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
        String dispatchTo) {
}
