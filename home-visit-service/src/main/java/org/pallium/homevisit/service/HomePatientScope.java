package org.pallium.homevisit.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pallium.events.CareSetting;
import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.platform.lifecycle.CareReferrals;
import org.pallium.platform.security.Caller;
import org.pallium.platform.security.PatientScope;
import org.pallium.platform.security.Roles;

/**
 * Whose admissions and visits a caller sees in the home programme's service. A coordinator sees
 * every patient, and a clinician of the home team the patients on its census: those with an
 * admission that has not ended (still to triage, accepted, scheduled or in care), with their past
 * admissions and every visit. A clinician of another setting, and every other role, sees none.
 *
 * <p>A home nurse (the role of the programme's visiting staff, nurses and social workers alike) sees
 * the patients on their caseload, and of their visits those the nurse recorded or is to make. The
 * caseload is the patients on the census whom the programme assigned to the nurse (as their nurse or
 * social worker), whose open admission was accepted naming the nurse (the acceptance's
 * {@code clinician} is the nurse's user id, as their token names them), whom the nurse visited (the
 * visit's recorder is taken from the token, never from the request), or who have a visit assigned to
 * the nurse, still ahead or made: covering for a colleague, or dispatched to them on call. Assigning is the
 * team's and the coordinators', not the nurses'. The visit's {@code clinician}, which the request
 * names, assigns nothing, since any caller who records a visit could name another nurse in it.
 */
@ApplicationScoped
public class HomePatientScope implements PatientScope {

    /** Whose admissions a list shows the caller. */
    public enum Listing {
        EVERY_PATIENT,
        PATIENTS_ON_CENSUS,
        PATIENTS_ON_CASELOAD,
        NO_PATIENT
    }

    private final CareReferrals admissions;

    HomePatientScope(CareReferrals admissions) {
        this.admissions = admissions;
    }

    @Override
    public boolean covers(Caller caller, UUID patientId) {
        return caller.isClinicianIn(CareSetting.HOME) && admissions.onCensus(patientId)
                || caller.is(Roles.HOME_NURSE) && HomeAdmission.onCaseload(caller.id(), patientId);
    }

    public Listing listing(Caller caller) {
        if (caller.is(Roles.COORDINATOR)) {
            return Listing.EVERY_PATIENT;
        }
        if (caller.isClinicianIn(CareSetting.HOME)) {
            return Listing.PATIENTS_ON_CENSUS;
        }
        return caller.is(Roles.HOME_NURSE) ? Listing.PATIENTS_ON_CASELOAD : Listing.NO_PATIENT;
    }

    /** Whether the caller assigns patients and visits to nurses: the team's clinicians and the coordinators do. */
    public boolean assigns(Caller caller) {
        return caller.is(Roles.COORDINATOR) || caller.isClinicianIn(CareSetting.HOME);
    }

    /**
     * Whose visits the caller sees of a patient they may see: every one for a coordinator or a
     * clinician of the home team, otherwise (a home nurse) only the caller's: those they recorded or
     * are to make.
     */
    public Optional<String> visitsOnlyOf(Caller caller) {
        return caller.is(Roles.COORDINATOR) || caller.isClinicianIn(CareSetting.HOME) ? Optional.empty()
                : Optional.of(caller.id());
    }
}
