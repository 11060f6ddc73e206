package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * The setting's team booked the patient's first visit under an accepted referral. Its clinical time
 * is when the booking was made; {@link #firstVisitAt()} is when the visit is to take place.
 */
public record ReferralScheduled(
        UUID referralId,
        UUID patientId,
        CareSetting setting,
        Instant firstVisitAt,
        String scheduledBy,
        Instant scheduledAt) implements ReferralEvent {

    public ReferralScheduled {
        present(referralId, "referralId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(firstVisitAt, "firstVisitAt");
        present(scheduledBy, "scheduledBy");
        present(scheduledAt, "scheduledAt");
    }

    @Override
    public Instant occurredAt() {
        return scheduledAt;
    }
}
