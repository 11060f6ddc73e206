package org.pallium.outpatient.service;

import java.util.UUID;

import org.pallium.platform.problem.ProblemException;

/** The problems the clinic's scheduling answers in several places, worded once. */
final class ClinicProblems {

    private ClinicProblems() {
    }

    /** Also what a patient the caller may not see gets: nothing tells the two apart. */
    static ProblemException unknownPatient(UUID patientId) {
        return new ProblemException(404, "Unknown patient", "The clinic holds no patient " + patientId);
    }

    static ProblemException unknownClinician(int status, String clinicianId) {
        return new ProblemException(status, "Unknown clinician", "The clinic has no clinician " + clinicianId);
    }

    /** Also what an appointment of a patient the caller may not see gets. */
    static ProblemException unknownAppointment(UUID appointmentId) {
        return new ProblemException(404, "Unknown appointment", "The clinic holds no appointment " + appointmentId);
    }
}
