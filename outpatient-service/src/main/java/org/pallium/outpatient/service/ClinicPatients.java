package org.pallium.outpatient.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.pallium.outpatient.repository.ClinicReferral;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/**
 * Whose care the clinic documents: patients the caller may see, who have a referral the clinic
 * accepted and has not ended.
 */
@ApplicationScoped
public class ClinicPatients {

    private final PatientAccess access;

    ClinicPatients(PatientAccess access) {
        this.access = access;
    }

    /** @throws ProblemException 404, as for a patient the clinic never held, when the caller may not see the patient */
    void requireVisible(UUID patientId) {
        if (!access.permits(patientId)) {
            throw new ProblemException(404, "Unknown patient", "The clinic holds no patient " + patientId);
        }
    }

    /**
     * The patient's referral that the clinic's care is under, locked until the transaction ends so
     * that the referral cannot end while the care is documented.
     *
     * @throws ProblemException 422 when the patient has no accepted referral to the clinic that is still open
     */
    ClinicReferral lockReferralInCare(UUID patientId) {
        return ClinicReferral.lockOpenForVisits(patientId)
                .orElseThrow(() -> new ProblemException(422, "Patient not referred to the clinic",
                        "Patient " + patientId + " has no accepted referral to the clinic"));
    }
}
