package org.pallium.inpatient.repository;

/** What the team did or advised at an encounter. */
public enum InterventionKind {
    /** A recommendation to the primary team on managing a symptom, such as an opioid rotation. */
    SYMPTOM_MANAGEMENT_RECOMMENDATION,
    MEDICATION_CHANGE,
    /** Breathing techniques, healing touch, guided imagery, self-hypnosis, music. */
    COMFORT_TECHNIQUE,
    EDUCATION,
    PSYCHOSOCIAL_SUPPORT,
    SPIRITUAL_CARE,
    FAMILY_MEETING,
    CARE_COORDINATION,
    OTHER
}
