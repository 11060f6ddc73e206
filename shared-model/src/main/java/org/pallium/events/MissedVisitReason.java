package org.pallium.events;

/** Why a scheduled visit did not take place. */
public enum MissedVisitReason {
    PATIENT_NOT_HOME,
    PATIENT_DECLINED,
    PATIENT_IN_HOSPITAL,
    PATIENT_DIED,
    STAFF_UNAVAILABLE,
    NO_ACCESS,
    OTHER
}
