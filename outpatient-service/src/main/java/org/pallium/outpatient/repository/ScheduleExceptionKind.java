package org.pallium.outpatient.repository;

/** Why a clinician, or the whole clinic, sees no patients for a while. */
public enum ScheduleExceptionKind {
    LEAVE,
    HOLIDAY,
    OTHER
}
