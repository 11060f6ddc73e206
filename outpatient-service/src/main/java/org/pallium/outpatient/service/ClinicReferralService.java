package org.pallium.outpatient.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.ReferralSubmitted;
import org.pallium.outpatient.repository.ClinicReferral;
import org.pallium.platform.lifecycle.ReferralHandovers;
import org.pallium.platform.lifecycle.ReferralLifecycle;
import org.pallium.platform.lifecycle.WithHandover;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.security.PatientAccess;

/** Records the referrals routed to the clinic, for its team to triage, and serves the list of them. */
@ApplicationScoped
public class ClinicReferralService {

    private final Outbox outbox;
    private final Clock clock;
    private final PatientAccess access;
    private final OutpatientPatientScope scope;
    private final ReferralHandovers handovers;

    ClinicReferralService(Outbox outbox, Clock clock, PatientAccess access, OutpatientPatientScope scope,
            ReferralHandovers handovers) {
        this.outbox = outbox;
        this.clock = clock;
        this.access = access;
        this.scope = scope;
        this.handovers = handovers;
    }

    /**
     * Records a referral routed to the outpatient setting, for the clinic's team to accept or
     * reject, and tells the other settings that the clinic received it. A referral the clinic
     * already holds (published again under a new event id) is returned as it is, and announced no
     * second time.
     */
    @Transactional
    public ClinicReferral receiveFromReferral(ReferralSubmitted submitted) {
        Optional<ClinicReferral> existing = ClinicReferral.findByIdOptional(submitted.referralId());
        if (existing.isPresent()) {
            return existing.get();
        }
        ClinicReferral referral = new ClinicReferral();
        referral.id = submitted.referralId();
        referral.patientId = submitted.patientId();
        referral.reason = submitted.reason();
        referral.referringClinician = submitted.referrer().clinician();
        referral.patientName = submitted.patient().name();
        referral.patientIdentifierSystem = submitted.patient().identifier().system();
        referral.patientIdentifierValue = submitted.patient().identifier().value();
        referral.submittedAt = submitted.submittedAt();
        referral.lifecycle = ReferralLifecycle.receivedAt(clock.instant());
        referral.persist();
        outbox.record(referral.received());
        return referral;
    }

    /**
     * The referral, if the clinic holds it and its patient is the caller's to see, with the
     * handover of the team that transitioned the patient here, if there was one.
     */
    @Transactional
    public Optional<WithHandover<ClinicReferral>> find(UUID referralId) {
        return access.visible(ClinicReferral.<ClinicReferral>findByIdOptional(referralId), referral -> referral.patientId)
                .map(handovers::withHandover);
    }

    /**
     * The referrals of the patients the caller may see, or of one patient, none when that patient
     * is not the caller's to see; the most recently submitted first, each with its handover if it
     * came with one.
     */
    @Transactional
    public List<WithHandover<ClinicReferral>> newestFirst(Optional<UUID> patientId) {
        return handovers.withHandovers(visibleNewestFirst(patientId));
    }

    private List<ClinicReferral> visibleNewestFirst(Optional<UUID> patientId) {
        if (patientId.isPresent()) {
            return access.permits(patientId.get()) ? ClinicReferral.newestFirst(patientId) : List.of();
        }
        return switch (scope.listing(access.caller())) {
            case EVERY_PATIENT -> ClinicReferral.newestFirst(Optional.empty());
            case PATIENTS_ON_CENSUS -> ClinicReferral.ofPatientsOnCensusNewestFirst();
            case NO_PATIENT -> List.of();
        };
    }
}
