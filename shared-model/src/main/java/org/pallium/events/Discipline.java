package org.pallium.events;

/** The disciplines of the interdisciplinary palliative team. */
public enum Discipline {
    PHYSICIAN,
    NURSE_PRACTITIONER,
    NURSE,
    SOCIAL_WORKER,
    CHAPLAIN,
    PHARMACIST,
    DIETITIAN,
    THERAPIST,
    CHILD_LIFE_SPECIALIST
}
