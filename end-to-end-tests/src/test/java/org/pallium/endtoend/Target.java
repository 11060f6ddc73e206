package org.pallium.endtoend;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The records of one patient that a matrix cell's request names: its path values (referralId and
 * the FHIR id of the same referral, patientId, consultId, encounterId, conversationId, codeStatusId,
 * transitionId, visitId, admissionId, and at home contactId, concernId, noteId, assessmentId,
 * planId, callId, as the service holds them), and the patient's other records some rows need: a
 * referral kept for cancelling, one kept for the team's triage steps, in the hospital a consult that
 * has transitioned already (transitionedConsultId), and at home a cancelled visit (cancelledVisitId)
 * and the family support given (supportId).
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

    /** The patient with their cancelled visit in the place of their visit: a visit whose every step the status refuses. */
    Target cancelledVisit() {
        return with("visitId", pathValues.get("cancelledVisitId"));
    }

    /** The patient with a record under a new id of {@code name}, such as a note nobody wrote yet. */
    Target withNew(String name) {
        return with(name, UUID.randomUUID().toString());
    }

    private Target with(String name, String value) {
        Map<String, String> values = new HashMap<>(pathValues);
        values.put(name, value);
        return new Target(Map.copyOf(values), serial, cancellableSlot, triageSlot);
    }

    /** The patient with the consult that transitioned at discharge already in the place of their consult; this without one. */
    Target transitioned() {
        String transitionedConsultId = pathValues.get("transitionedConsultId");
        if (transitionedConsultId == null) {
            return this;
        }
        Map<String, String> values = new HashMap<>(pathValues);
        values.put("consultId", transitionedConsultId);
        return new Target(Map.copyOf(values), serial, cancellableSlot, triageSlot);
    }
}
