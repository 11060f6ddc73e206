package org.pallium.homevisit.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.platform.lifecycle.CareReferrals;

/** The admissions are the home programme's records of its referrals, which the platform's lifecycle moves on. */
@ApplicationScoped
public class AdmissionRecords implements CareReferrals {

    @Override
    public Optional<HomeAdmission> lockByReferral(UUID referralId) {
        return HomeAdmission.lockByReferral(referralId);
    }

    @Override
    public boolean onCensus(UUID patientId) {
        return HomeAdmission.onCensus(patientId);
    }
}
