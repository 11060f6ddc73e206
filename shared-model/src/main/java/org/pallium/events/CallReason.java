package org.pallium.events;

/** Why the nurse line was called. */
public enum CallReason {
    PAIN,
    BREATHLESSNESS,
    OTHER_SYMPTOM,
    MEDICATION_REFILL,
    SUPPLIES,
    DEATH_REPORT,
    VISIT_REQUEST,
    OTHER
}
