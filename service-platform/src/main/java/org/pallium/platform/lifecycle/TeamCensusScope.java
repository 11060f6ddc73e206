package org.pallium.platform.lifecycle;

import java.util.UUID;

import org.pallium.events.CareSetting;
import org.pallium.platform.security.Caller;
import org.pallium.platform.security.PatientScope;
import org.pallium.platform.security.Roles;

/**
 * The scope of a care service whose team works from its census: a coordinator sees every patient;
 * a clinician of the setting's team the patients on its census (a referral here that has not
 * ended, still to triage, accepted, scheduled or in care), with their past records too; a
 * clinician of another setting, and every other role, none. A service makes it a bean for its
 * setting.
 */
public abstract class TeamCensusScope implements PatientScope {

    /** Whose records a list shows the caller. */
    public enum Listing {
        EVERY_PATIENT,
        PATIENTS_ON_CENSUS,
        NO_PATIENT
    }

    private final CareSetting setting;
    private final CareReferrals referrals;

    protected TeamCensusScope(CareSetting setting, CareReferrals referrals) {
        this.setting = setting;
        this.referrals = referrals;
    }

    @Override
    public boolean covers(Caller caller, UUID patientId) {
        return caller.isClinicianIn(setting) && referrals.onCensus(patientId);
    }

    public Listing listing(Caller caller) {
        if (caller.is(Roles.COORDINATOR)) {
            return Listing.EVERY_PATIENT;
        }
        return caller.isClinicianIn(setting) ? Listing.PATIENTS_ON_CENSUS : Listing.NO_PATIENT;
    }
}
