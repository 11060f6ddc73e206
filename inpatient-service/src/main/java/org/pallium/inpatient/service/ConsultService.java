package org.pallium.inpatient.service;

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
import org.pallium.inpatient.repository.Consult;
import org.pallium.inpatient.repository.ConsultStatus;
import org.pallium.platform.outbox.Outbox;

/** Opens consults from referrals, cancels them with their referrals, and serves the team's census. */
@ApplicationScoped
public class ConsultService {

    private final Outbox outbox;
    private final Clock clock;

    ConsultService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Opens a consult for a referral routed to the inpatient setting, and tells the other settings
     * that the referral was received and accepted. A referral that already has a consult opens
     * nothing new.
     */
    @Transactional
    public Consult openFromReferral(ReferralSubmitted referral) {
        Optional<Consult> existing = Consult.findByReferral(referral.referralId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        Consult consult = new Consult();
        consult.id = UUID.randomUUID();
        consult.referralId = referral.referralId();
        consult.patientId = referral.patientId();
        consult.status = ConsultStatus.REQUESTED;
        consult.reason = referral.reason();
        consult.requestingClinician = referral.referrer().clinician();
        consult.patientName = referral.patient().name();
        consult.patientIdentifierSystem = referral.patient().identifier().system();
        consult.patientIdentifierValue = referral.patient().identifier().value();
        consult.requestedAt = referral.submittedAt();
        consult.acceptedAt = now;
        consult.persist();
        outbox.record(new ReferralReceived(referral.referralId(), referral.patientId(), CareSetting.INPATIENT, now));
        outbox.record(new ReferralAccepted(referral.referralId(), referral.patientId(), CareSetting.INPATIENT, now));
        return consult;
    }

    /**
     * Cancels the open consult of a referral that its referrer withdrew, and keeps when and why;
     * the team records no encounter on it after that. A consult already signed off keeps its
     * history as it was; a referral without a consult here, or one already cancelled, changes
     * nothing. Nothing is published: the gateway announced the cancellation itself.
     */
    @Transactional
    public void cancelFromReferral(ReferralCancelled cancellation) {
        Consult.findByReferral(cancellation.referralId())
                .filter(consult -> consult.status != ConsultStatus.CANCELLED && consult.status != ConsultStatus.SIGNED_OFF)
                .ifPresent(consult -> {
                    consult.status = ConsultStatus.CANCELLED;
                    consult.cancelledAt = cancellation.cancelledAt();
                    consult.cancellationReason = cancellation.reason();
                });
    }

    @Transactional
    public Optional<Consult> find(UUID consultId) {
        return Consult.findByIdOptional(consultId);
    }

    @Transactional
    public List<Consult> census(Optional<ConsultStatus> status) {
        return Consult.census(status);
    }
}
