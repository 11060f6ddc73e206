package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * The first visit under a referral has been documented (BSeR Task status {@code in-progress}):
 * published once per referral, in the transaction that recorded that visit, never for the visits
 * after it. Its clinical time is the visit's start, so that the time from referral to first visit
 * is {@code visitStartedAt} minus the submission's time.
 */
public record ReferralFirstVisitCompleted(
        UUID referralId,
        UUID patientId,
        CareSetting setting,
        UUID visitId,
        Instant visitStartedAt) implements ReferralEvent {

    public ReferralFirstVisitCompleted {
        present(referralId, "referralId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(visitId, "visitId");
        present(visitStartedAt, "visitStartedAt");
    }

    @Override
    public Instant occurredAt() {
        return visitStartedAt;
    }
}
