package org.pallium.homevisit.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.ReferralSubmitted;
import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.platform.lifecycle.ReferralLifecycle;
import org.pallium.platform.outbox.Outbox;

/** Opens admissions from the referrals routed to the home programme, and serves its census. */
@ApplicationScoped
public class AdmissionService {

    private final Outbox outbox;
    private final Clock clock;

    AdmissionService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Records a referral routed to the home setting, for the team to accept (admitting the
     * patient) or reject, and tells the other settings that the programme received it. A referral
     * that already has an admission opens nothing new and publishes nothing.
     */
    @Transactional
    public HomeAdmission receiveFromReferral(ReferralSubmitted referral) {
        Optional<HomeAdmission> existing = HomeAdmission.findByReferral(referral.referralId());
        if (existing.isPresent()) {
            return existing.get();
        }
        HomeAdmission admission = new HomeAdmission();
        admission.id = UUID.randomUUID();
        admission.referralId = referral.referralId();
        admission.patientId = referral.patientId();
        admission.reason = referral.reason();
        admission.referringClinician = referral.referrer().clinician();
        admission.patientName = referral.patient().name();
        admission.patientIdentifierSystem = referral.patient().identifier().system();
        admission.patientIdentifierValue = referral.patient().identifier().value();
        admission.submittedAt = referral.submittedAt();
        admission.lifecycle = ReferralLifecycle.receivedAt(clock.instant());
        admission.persist();
        outbox.record(admission.received());
        return admission;
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
