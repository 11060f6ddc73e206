package org.pallium.homevisit.repository;

/** How a family member or other contact is related to the patient. */
public enum Relationship {
    SPOUSE,
    PARTNER,
    PARENT,
    CHILD,
    SIBLING,
    GRANDPARENT,
    GRANDCHILD,
    OTHER_RELATIVE,
    GUARDIAN,
    FRIEND,
    NEIGHBOUR,
    PAID_CAREGIVER
}
