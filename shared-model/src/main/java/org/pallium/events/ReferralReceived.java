package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/** The setting's service has recorded the referral (BSeR Task status {@code received}). */
public record ReferralReceived(UUID referralId, UUID patientId, CareSetting setting, Instant receivedAt)
        implements ReferralEvent {

    public ReferralReceived {
        present(referralId, "referralId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(receivedAt, "receivedAt");
    }

    @Override
    public Instant occurredAt() {
        return receivedAt;
    }
}
