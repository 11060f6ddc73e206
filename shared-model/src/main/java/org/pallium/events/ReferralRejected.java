package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * The setting's team declined the referral (BSeR Task status {@code rejected}); it is over. The
 * reason is the team's free text and may be clinical: it is PHI.
 */
public record ReferralRejected(
        UUID referralId,
        UUID patientId,
        CareSetting setting,
        String reason,
        String rejectedBy,
        Instant rejectedAt) implements ReferralEvent {

    public ReferralRejected {
        present(referralId, "referralId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(reason, "reason");
        present(rejectedBy, "rejectedBy");
        present(rejectedAt, "rejectedAt");
    }

    @Override
    public Instant occurredAt() {
        return rejectedAt;
    }
}
