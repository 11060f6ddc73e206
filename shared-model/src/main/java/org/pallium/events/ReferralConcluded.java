package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * The setting's team ended its care under the referral, with an {@link ReferralOutcome}; the
 * referral is over. The reason is the team's free text and may be clinical: it is PHI.
 */
public record ReferralConcluded(
        UUID referralId,
        UUID patientId,
        CareSetting setting,
        ReferralOutcome outcome,
        String reason,
        String concludedBy,
        Instant concludedAt) implements ReferralEvent {

    public ReferralConcluded {
        present(referralId, "referralId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(outcome, "outcome");
        present(reason, "reason");
        present(concludedBy, "concludedBy");
        present(concludedAt, "concludedAt");
    }

    @Override
    public Instant occurredAt() {
        return concludedAt;
    }
}
