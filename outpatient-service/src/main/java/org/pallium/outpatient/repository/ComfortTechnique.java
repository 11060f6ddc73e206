package org.pallium.outpatient.repository;

/** The comfort techniques the team teaches patients and families to ease symptoms and stress. */
public enum ComfortTechnique {
    BREATHING,
    GUIDED_IMAGERY,
    SELF_HYPNOSIS,
    MUSIC,
    HEALING_TOUCH
}
