package org.pallium.outpatient.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.CareSetting;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.ReferralCancelled;
import org.pallium.events.ReferralReceived;
import org.pallium.events.ReferralSubmitted;
import org.pallium.outpatient.repository.ClinicReferral;
import org.pallium.outpatient.repository.ClinicReferralStatus;
import org.pallium.platform.outbox.Outbox;

/** Accepts the referrals routed to the clinic, cancels them when their referrers do, and serves the list of them. */
@ApplicationScoped
public class ClinicReferralService {

    private final Outbox outbox;
    private final Clock clock;

    ClinicReferralService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Accepts a referral routed to the outpatient setting, and tells the other settings that the
     * clinic received and accepted it. A referral the clinic already holds (published again under
     * a new event id) is returned as it is, and announced no second time.
     */
    @Transactional
    public ClinicReferral acceptFromReferral(ReferralSubmitted referral) {
        Optional<ClinicReferral> existing = ClinicReferral.findByIdOptional(referral.referralId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        ClinicReferral accepted = new ClinicReferral();
        accepted.id = referral.referralId();
        accepted.patientId = referral.patientId();
        accepted.status = ClinicReferralStatus.ACCEPTED;
        accepted.reason = referral.reason();
        accepted.referringClinician = referral.referrer().clinician();
        accepted.patientName = referral.patient().name();
        accepted.patientIdentifierSystem = referral.patient().identifier().system();
        accepted.patientIdentifierValue = referral.patient().identifier().value();
        accepted.submittedAt = referral.submittedAt();
        accepted.acceptedAt = now;
        accepted.persist();
        outbox.record(new ReferralReceived(referral.referralId(), referral.patientId(), CareSetting.OUTPATIENT, now));
        outbox.record(new ReferralAccepted(referral.referralId(), referral.patientId(), CareSetting.OUTPATIENT, now));
        return accepted;
    }

    /**
     * Cancels the clinic's referral that its referrer withdrew, and keeps when and why; no visit
     * is recorded under it after that. A referral the clinic does not hold, or holds cancelled
     * already, changes nothing. Nothing is published: the gateway announced the cancellation itself.
     */
    @Transactional
    public void cancelFromReferral(ReferralCancelled cancellation) {
        ClinicReferral.<ClinicReferral>findByIdOptional(cancellation.referralId())
                .filter(referral -> referral.status != ClinicReferralStatus.CANCELLED)
                .ifPresent(referral -> {
                    referral.status = ClinicReferralStatus.CANCELLED;
                    referral.cancelledAt = cancellation.cancelledAt();
                    referral.cancellationReason = cancellation.reason();
                });
    }

    @Transactional
    public Optional<ClinicReferral> find(UUID referralId) {
        return ClinicReferral.findByIdOptional(referralId);
    }

    @Transactional
    public List<ClinicReferral> newestFirst(Optional<UUID> patientId) {
        return ClinicReferral.newestFirst(patientId);
    }
}
