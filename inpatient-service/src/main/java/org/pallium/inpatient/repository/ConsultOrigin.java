package org.pallium.inpatient.repository;

/** How a consult came to the team. */
public enum ConsultOrigin {
    /** A referral Pallium routed to the hospital team, which the team accepted. */
    REFERRAL,
    /** A clinician of the hospital asked for it through the inpatient API. */
    HOSPITAL_REQUEST
}
