package org.pallium.inpatient.service;

import jakarta.inject.Singleton;

import org.pallium.events.CareSetting;
import org.pallium.platform.lifecycle.CareReferrals;
import org.pallium.platform.lifecycle.TeamCensusScope;

/** Whose consults and encounters a caller sees in the hospital team's service: the team's census. */
@Singleton
public class InpatientPatientScope extends TeamCensusScope {

    InpatientPatientScope(CareReferrals referrals) {
        super(CareSetting.INPATIENT, referrals);
    }
}
