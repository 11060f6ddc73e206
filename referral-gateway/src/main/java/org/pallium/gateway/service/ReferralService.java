package org.pallium.gateway.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.ReferralEvent;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.ReferralReceived;
import org.pallium.events.ReferralSubmitted;
import org.pallium.gateway.repository.Referral;
import org.pallium.gateway.repository.ReferralStatus;
import org.pallium.platform.outbox.Outbox;

/** Takes referrals in, hands them to their setting, and follows their status. */
@ApplicationScoped
public class ReferralService {

    private final PatientRegistry patients;
    private final Outbox outbox;
    private final Clock clock;

    ReferralService(PatientRegistry patients, Outbox outbox, Clock clock) {
        this.patients = patients;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Records the referral and, in the same transaction, its hand-off to the setting's service:
     * once this returns, the referral reaches that service even if it, or Kafka, is down now.
     */
    @Transactional
    public Referral submit(ReferralSubmission submission) {
        Instant now = clock.instant();
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.patientId = patients.idOf(submission.patientIdentifier(), submission.patientName());
        referral.setting = submission.setting();
        referral.status = ReferralStatus.REQUESTED;
        referral.reason = submission.reason();
        referral.referringClinician = submission.referringClinician();
        referral.submittedAt = now;
        referral.updatedAt = now;
        referral.persist();
        outbox.record(new ReferralSubmitted(referral.id, referral.patientId, referral.setting,
                submission.patientIdentifier(), submission.patientName(), referral.reason,
                referral.referringClinician, now));
        return referral;
    }

    @Transactional
    public Optional<Referral> find(UUID referralId) {
        return Referral.findByIdOptional(referralId);
    }

    /** Moves the referral on when its setting reports that it received or accepted it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(ReferralEvent event) {
        ReferralStatus reported = switch (event) {
            case ReferralReceived received -> ReferralStatus.RECEIVED;
            case ReferralAccepted accepted -> ReferralStatus.ACCEPTED;
            case ReferralSubmitted submitted -> ReferralStatus.REQUESTED;
        };
        Referral.<Referral>findByIdOptional(event.referralId()).ifPresent(referral -> {
            ReferralStatus next = referral.status.advancedTo(reported);
            if (next != referral.status) {
                referral.status = next;
                referral.updatedAt = event.occurredAt();
            }
        });
    }
}
