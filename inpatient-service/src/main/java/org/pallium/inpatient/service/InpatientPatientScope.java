package org.pallium.inpatient.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pallium.events.CareSetting;
import org.pallium.platform.lifecycle.CareReferrals;
import org.pallium.platform.security.Caller;
import org.pallium.platform.security.PatientScope;
import org.pallium.platform.security.Roles;

/**
 * Whose consults and encounters a caller sees in the hospital team's service. A coordinator sees
 * every patient; a clinician of the inpatient team the patients on its census, those with a
 * consult that has not ended (still to triage, accepted, scheduled or in care), with their past
 * consults too; a clinician of another setting, and every other role, none.
 */
@ApplicationScoped
public class InpatientPatientScope implements PatientScope {

    /** Whose consults a list shows the caller. */
    public enum Listing {
        EVERY_PATIENT,
        PATIENTS_ON_CENSUS,
        NO_PATIENT
    }

    private final CareReferrals consults;

    InpatientPatientScope(CareReferrals consults) {
        this.consults = consults;
    }

    @Override
    public boolean covers(Caller caller, UUID patientId) {
        return caller.isClinicianIn(CareSetting.INPATIENT) && consults.onCensus(patientId);
    }

    public Listing listing(Caller caller) {
        if (caller.is(Roles.COORDINATOR)) {
            return Listing.EVERY_PATIENT;
        }
        return caller.isClinicianIn(CareSetting.INPATIENT) ? Listing.PATIENTS_ON_CENSUS : Listing.NO_PATIENT;
    }
}
