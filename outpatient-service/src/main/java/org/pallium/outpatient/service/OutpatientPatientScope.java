package org.pallium.outpatient.service;

import jakarta.inject.Singleton;

import org.pallium.events.CareSetting;
import org.pallium.platform.lifecycle.CareReferrals;
import org.pallium.platform.lifecycle.TeamCensusScope;

/** Whose referrals and visits a caller sees in the clinic's service: the team's census. */
@Singleton
public class OutpatientPatientScope extends TeamCensusScope {

    OutpatientPatientScope(CareReferrals referrals) {
        super(CareSetting.OUTPATIENT, referrals);
    }
}
