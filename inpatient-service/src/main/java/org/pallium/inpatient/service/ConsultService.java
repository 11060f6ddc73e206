package org.pallium.inpatient.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.ReferralSubmitted;
import org.pallium.inpatient.repository.Consult;
import org.pallium.platform.lifecycle.CareStatus;
import org.pallium.platform.lifecycle.ReferralLifecycle;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.security.PatientAccess;

/** Opens consults from referrals and serves the team's census. */
@ApplicationScoped
public class ConsultService {

    private final Outbox outbox;
    private final Clock clock;
    private final PatientAccess access;
    private final InpatientPatientScope scope;

    ConsultService(Outbox outbox, Clock clock, PatientAccess access, InpatientPatientScope scope) {
        this.outbox = outbox;
        this.clock = clock;
        this.access = access;
        this.scope = scope;
    }

    /**
     * Opens a consult for a referral routed to the inpatient setting, for the team to accept or
     * reject, and tells the other settings that the referral was received. A referral that already
     * has a consult opens nothing new.
     */
    @Transactional
    public Consult openFromReferral(ReferralSubmitted referral) {
        Optional<Consult> existing = Consult.findByReferral(referral.referralId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Consult consult = new Consult();
        consult.id = UUID.randomUUID();
        consult.referralId = referral.referralId();
        consult.patientId = referral.patientId();
        consult.reason = referral.reason();
        consult.requestingClinician = referral.referrer().clinician();
        consult.patientName = referral.patient().name();
        consult.patientIdentifierSystem = referral.patient().identifier().system();
        consult.patientIdentifierValue = referral.patient().identifier().value();
        consult.requestedAt = referral.submittedAt();
        consult.lifecycle = ReferralLifecycle.receivedAt(clock.instant());
        consult.persist();
        outbox.record(consult.received());
        return consult;
    }

    /** The consult, if there is one and its patient is the caller's to see. */
    @Transactional
    public Optional<Consult> find(UUID consultId) {
        return access.visible(Consult.findByIdOptional(consultId), consult -> consult.patientId);
    }

    /** The census, of the patients the caller may see. */
    @Transactional
    public List<Consult> census(Optional<CareStatus> status) {
        return switch (scope.listing(access.caller())) {
            case EVERY_PATIENT -> Consult.census(status);
            case PATIENTS_ON_CENSUS -> Consult.censusOfPatientsOnIt(status);
            case NO_PATIENT -> List.of();
        };
    }
}
