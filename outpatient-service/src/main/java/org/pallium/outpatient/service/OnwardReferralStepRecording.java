package org.pallium.outpatient.service;

import java.time.Instant;
import java.util.UUID;

import org.pallium.events.OnwardReferralStatus;

/**
 * A step of an onward referral, under an id the client chose, so that a retried request finds the
 * step it took already.
 *
 * @param at            when it took place; null for now
 * @param appointmentAt for SCHEDULED: when the other service is to see the patient; null when not known
 * @param reason        for CLOSED: why; required before the patient was seen
 */
public record OnwardReferralStepRecording(
        UUID stepId,
        UUID onwardReferralId,
        OnwardReferralStatus status,
        Instant at,
        Instant appointmentAt,
        String reason) {
}
