package org.pallium.homevisit.repository;

/** What support the team gave a family member. */
public enum SupportFocus {
    CAREGIVER_SUPPORT,
    SIBLING_SUPPORT,
    ANTICIPATORY_GRIEF,
    BEREAVEMENT,
    PRACTICAL_RESOURCES,
    OTHER
}
