package org.pallium.inpatient.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pallium.inpatient.repository.Consult;
import org.pallium.platform.lifecycle.CareReferrals;

/** The consults are the hospital team's records of its referrals, which the platform's lifecycle moves on. */
@ApplicationScoped
public class ConsultRecords implements CareReferrals {

    @Override
    public Optional<Consult> lockByReferral(UUID referralId) {
        return Consult.lockByReferral(referralId);
    }

    @Override
    public boolean onCensus(UUID patientId) {
        return Consult.onCensus(patientId);
    }
}
