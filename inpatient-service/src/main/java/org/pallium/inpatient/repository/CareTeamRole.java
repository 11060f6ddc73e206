package org.pallium.inpatient.repository;

/** A member's place in a consult's care team: the one who leads it, or one of the team. */
public enum CareTeamRole {
    LEAD,
    MEMBER
}
