package org.pallium.homevisit.service;

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
import org.pallium.homevisit.repository.AdmissionStatus;
import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.platform.outbox.Outbox;

/**
 * Admits patients to the home programme from referrals, cancels admissions with their referrals,
 * and serves the programme's census.
 */
@ApplicationScoped
public class AdmissionService {

    private final Outbox outbox;
    private final Clock clock;

    AdmissionService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Admits the patient of a referral routed to the home setting, and tells the other settings
     * that the referral was received and accepted. A referral that already has an admission admits
     * nothing new and publishes nothing.
     */
    @Transactional
    public HomeAdmission admitFromReferral(ReferralSubmitted referral) {
        Optional<HomeAdmission> existing = HomeAdmission.findByReferral(referral.referralId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        HomeAdmission admission = new HomeAdmission();
        admission.id = UUID.randomUUID();
        admission.referralId = referral.referralId();
        admission.patientId = referral.patientId();
        admission.status = AdmissionStatus.ADMITTED;
        admission.reason = referral.reason();
        admission.referringClinician = referral.referrer().clinician();
        admission.patientName = referral.patient().name();
        admission.patientIdentifierSystem = referral.patient().identifier().system();
        admission.patientIdentifierValue = referral.patient().identifier().value();
        admission.submittedAt = referral.submittedAt();
        admission.admittedAt = now;
        admission.persist();
        outbox.record(new ReferralReceived(referral.referralId(), referral.patientId(), CareSetting.HOME, now));
        outbox.record(new ReferralAccepted(referral.referralId(), referral.patientId(), CareSetting.HOME, now));
        return admission;
    }

    /**
     * Cancels the open admission of a referral that its referrer withdrew, and keeps when and
     * why; no visit is recorded under it after that. A discharged admission keeps its history as
     * it was; a referral without an admission here, or one already cancelled, changes nothing.
     * Nothing is published: the gateway announced the cancellation itself.
     */
    @Transactional
    public void cancelFromReferral(ReferralCancelled cancellation) {
        HomeAdmission.findByReferral(cancellation.referralId())
                .filter(admission -> admission.status == AdmissionStatus.ADMITTED)
                .ifPresent(admission -> {
                    admission.status = AdmissionStatus.CANCELLED;
                    admission.cancelledAt = cancellation.cancelledAt();
                    admission.cancellationReason = cancellation.reason();
                });
    }

    @Transactional
    public Optional<HomeAdmission> find(UUID admissionId) {
        return HomeAdmission.findByIdOptional(admissionId);
    }

    @Transactional
    public List<HomeAdmission> census() {
        return HomeAdmission.census();
    }
}
