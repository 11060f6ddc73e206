package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * The team referred the patient on to another service (SENT), or the referral moved on
 * (SCHEDULED, SEEN, CLOSED). The reason is the team's free text: PHI.
 */
public record OnwardReferralChanged(
        UUID onwardReferralId,
        UUID patientId,
        CareSetting setting,
        OnwardService service,
        OnwardReferralStatus status,
        String reason,
        String changedBy,
        Instant changedAt) implements CareEvent {

    public OnwardReferralChanged {
        present(onwardReferralId, "onwardReferralId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(service, "service");
        present(status, "status");
        present(reason, "reason");
        present(changedBy, "changedBy");
        present(changedAt, "changedAt");
    }

    @Override
    public Instant occurredAt() {
        return changedAt;
    }
}
