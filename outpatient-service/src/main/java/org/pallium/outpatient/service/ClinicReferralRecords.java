package org.pallium.outpatient.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.pallium.outpatient.repository.ClinicReferral;
import org.pallium.platform.lifecycle.CareReferrals;

/** The clinic referrals are the clinic's records of its referrals, which the platform's lifecycle moves on. */
@ApplicationScoped
public class ClinicReferralRecords implements CareReferrals {

    @Override
    public Optional<ClinicReferral> lockByReferral(UUID referralId) {
        return ClinicReferral.findByIdOptional(referralId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public boolean onCensus(UUID patientId) {
        return ClinicReferral.onCensus(patientId);
    }
}
