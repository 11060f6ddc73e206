package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * The team of {@link #setting()} ended its care at a transition: a discharge to another palliative
 * setting, to hospice or a facility, or the patient's death. A transition to another Pallium
 * setting names the referral the gateway opens there ({@link ReferralTransferred} opens it), and
 * carries the {@link Handover} that the receiving team starts from.
 *
 * @param onwardReferralId the referral in the receiving setting; present exactly when the outcome
 *                         continues care in a Pallium setting
 */
public record PatientTransitioned(
        UUID transitionId,
        UUID referralId,
        UUID patientId,
        CareSetting setting,
        TransitionOutcome outcome,
        UUID onwardReferralId,
        Handover handover,
        String transitionedBy,
        Instant transitionedAt) implements CareEvent {

    public PatientTransitioned {
        present(transitionId, "transitionId");
        present(referralId, "referralId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(outcome, "outcome");
        if (outcome.palliativeSetting().isPresent() != (onwardReferralId != null)) {
            throw new IllegalArgumentException("onwardReferralId is present exactly when the outcome continues care in "
                    + "a Pallium setting");
        }
        present(handover, "handover");
        present(transitionedBy, "transitionedBy");
        present(transitionedAt, "transitionedAt");
    }

    @Override
    public Instant occurredAt() {
        return transitionedAt;
    }
}
