package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/** The setting's team has taken the patient on (BSeR Task status {@code accepted}). */
public record ReferralAccepted(UUID referralId, UUID patientId, CareSetting setting, Instant acceptedAt)
        implements ReferralEvent {

    public ReferralAccepted {
        present(referralId, "referralId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(acceptedAt, "acceptedAt");
    }

    @Override
    public Instant occurredAt() {
        return acceptedAt;
    }
}
