package org.pallium.outpatient.service;

import java.time.Instant;
import java.util.UUID;

import org.pallium.events.OnwardService;

/**
 * An onward referral to record as sent, under an id the client chose, so that a retried request
 * finds it instead of sending it twice.
 *
 * @param recipient null when the service is enough to say whom it went to
 * @param sentAt    null for now
 */
public record OnwardReferralRecording(
        UUID onwardReferralId,
        UUID patientId,
        OnwardService service,
        String recipient,
        String reason,
        Instant sentAt) {
}
