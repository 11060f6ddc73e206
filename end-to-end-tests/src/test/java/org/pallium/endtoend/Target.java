package org.pallium.endtoend;

import java.util.Map;

/**
 * The records of one patient that a matrix cell's request names: its path values (referralId and
 * the FHIR id of the same referral, patientId, consultId, encounterId, visitId, admissionId, as the
 * service holds them), and the patient's other referrals some rows need: one kept for cancelling,
 * and one kept for the team's triage steps.
 */
record Target(Map<String, String> pathValues, String serial, Target cancellableSlot, Target triageSlot) {

    String patientId() {
        return pathValues.get("patientId");
    }

    String referralId() {
        return pathValues.get("referralId");
    }

    String consultId() {
        return pathValues.get("consultId");
    }

    String visitId() {
        return pathValues.get("visitId");
    }

    String admissionId() {
        return pathValues.get("admissionId");
    }

    Target cancellable() {
        return cancellableSlot == null ? this : cancellableSlot;
    }

    Target triage() {
        return triageSlot == null ? this : triageSlot;
    }
}
