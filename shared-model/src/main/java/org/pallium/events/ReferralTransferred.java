package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * The team of {@link #setting()} handed the patient over to {@link #toSetting()}, for example at a
 * discharge from hospital to the home programme: this referral is over, and the gateway opens
 * {@link #newReferralId()} for the other setting. The transferring service chose that id when it
 * recorded the transfer, so a redelivery of this event names the same new referral and opens
 * nothing twice. The reason is the team's free text and may be clinical: it is PHI.
 */
public record ReferralTransferred(
        UUID referralId,
        UUID patientId,
        CareSetting setting,
        CareSetting toSetting,
        UUID newReferralId,
        String reason,
        String transferredBy,
        Instant transferredAt) implements ReferralEvent {

    public ReferralTransferred {
        present(referralId, "referralId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(toSetting, "toSetting");
        present(newReferralId, "newReferralId");
        present(reason, "reason");
        present(transferredBy, "transferredBy");
        present(transferredAt, "transferredAt");
        if (toSetting == setting) {
            throw new IllegalArgumentException("toSetting must differ from setting " + setting);
        }
        if (newReferralId.equals(referralId)) {
            throw new IllegalArgumentException("newReferralId must differ from referralId");
        }
    }

    @Override
    public Instant occurredAt() {
        return transferredAt;
    }
}
