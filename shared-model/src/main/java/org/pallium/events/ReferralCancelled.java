package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * The referrer withdrew the referral (BSeR Task status cancelled; FHIR ServiceRequest revoked),
 * whatever its status then. The setting's service closes what it opened for it. The reason is
 * free text from the referrer and may be clinical: it is PHI.
 */
public record ReferralCancelled(UUID referralId, UUID patientId, CareSetting setting, String reason, Instant cancelledAt)
        implements ReferralEvent {

    public ReferralCancelled {
        present(referralId, "referralId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(reason, "reason");
        present(cancelledAt, "cancelledAt");
    }

    @Override
    public Instant occurredAt() {
        return cancelledAt;
    }
}
