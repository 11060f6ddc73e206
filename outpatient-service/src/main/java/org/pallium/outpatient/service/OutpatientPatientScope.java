package org.pallium.outpatient.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pallium.events.CareSetting;
import org.pallium.platform.lifecycle.CareReferrals;
import org.pallium.platform.security.Caller;
import org.pallium.platform.security.PatientScope;
import org.pallium.platform.security.Roles;

/**
 * Whose referrals and visits a caller sees in the clinic's service. A coordinator sees every
 * patient; a clinician of the outpatient team the patients on the clinic's census, those with a
 * referral to it that has not ended (still to triage, accepted, scheduled or in care), with their
 * past referrals and visits too; a clinician of another setting, and every other role, none.
 */
@ApplicationScoped
public class OutpatientPatientScope implements PatientScope {

    /** Whose referrals a list shows the caller. */
    public enum Listing {
        EVERY_PATIENT,
        PATIENTS_ON_CENSUS,
        NO_PATIENT
    }

    private final CareReferrals referrals;

    OutpatientPatientScope(CareReferrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public boolean covers(Caller caller, UUID patientId) {
        return caller.isClinicianIn(CareSetting.OUTPATIENT) && referrals.onCensus(patientId);
    }

    public Listing listing(Caller caller) {
        if (caller.is(Roles.COORDINATOR)) {
            return Listing.EVERY_PATIENT;
        }
        return caller.isClinicianIn(CareSetting.OUTPATIENT) ? Listing.PATIENTS_ON_CENSUS : Listing.NO_PATIENT;
    }
}
