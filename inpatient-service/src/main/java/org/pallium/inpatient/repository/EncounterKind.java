package org.pallium.inpatient.repository;

/** The first visit of a consult, or one of the daily follow-ups after it. */
public enum EncounterKind {
    INITIAL_CONSULT,
    FOLLOW_UP
}
