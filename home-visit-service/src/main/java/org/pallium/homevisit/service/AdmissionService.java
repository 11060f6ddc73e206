package org.pallium.homevisit.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.ReferralSubmitted;
import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.platform.lifecycle.ReferralHandovers;
import org.pallium.platform.lifecycle.ReferralLifecycle;
import org.pallium.platform.lifecycle.WithHandover;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.security.PatientAccess;

/** Opens admissions from the referrals routed to the home programme, and serves its census. */
@ApplicationScoped
public class AdmissionService {

    private final Outbox outbox;
    private final Clock clock;
    private final PatientAccess access;
    private final HomePatientScope scope;
    private final ReferralHandovers handovers;

    AdmissionService(Outbox outbox, Clock clock, PatientAccess access, HomePatientScope scope,
            ReferralHandovers handovers) {
        this.outbox = outbox;
        this.clock = clock;
        this.access = access;
        this.scope = scope;
        this.handovers = handovers;
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

    /**
     * The admission, if there is one and its patient is the caller's to see, with the handover of
     * the team that transitioned the patient here, if there was one.
     */
    @Transactional
    public Optional<WithHandover<HomeAdmission>> find(UUID admissionId) {
        return access.visible(HomeAdmission.<HomeAdmission>findByIdOptional(admissionId), admission -> admission.patientId)
                .map(handovers::withHandover);
    }

    /**
     * A page of the census (its rows, one more than the page holds when another page follows), of the
     * patients the caller may see, each admission with its handover if it came with one.
     */
    @Transactional
    public List<WithHandover<HomeAdmission>> census(PageRequest page) {
        List<HomeAdmission> census = switch (scope.listing(access.caller())) {
            case EVERY_PATIENT -> HomeAdmission.census(page);
            case PATIENTS_ON_CENSUS -> HomeAdmission.censusOfPatientsOnIt(page);
            case PATIENTS_ON_CASELOAD -> HomeAdmission.censusOfCaseload(access.caller().id(), page);
            case NO_PATIENT -> List.of();
        };
        return handovers.withHandovers(census);
    }
}
