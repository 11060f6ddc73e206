package org.pallium.homevisit.repository;

/** What kind of thing the team is watching. */
public enum ConcernCategory {
    SYMPTOM,
    MEDICATION,
    EQUIPMENT,
    CAREGIVER,
    PSYCHOSOCIAL,
    SPIRITUAL,
    SAFETY,
    OTHER
}
