package org.pallium.events;

/** Who filled in an ESAS-r form: the scores mean most when the patient gives them. */
public enum EsasCompletedBy {
    PATIENT,
    CAREGIVER,
    CLINICIAN_ASSISTED
}
