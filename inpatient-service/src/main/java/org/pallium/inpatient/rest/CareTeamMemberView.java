package org.pallium.inpatient.rest;

import org.pallium.events.Discipline;
import org.pallium.inpatient.repository.CareTeamRole;

/** A member of a consult's care team. */
public record CareTeamMemberView(String member, String name, Discipline discipline, CareTeamRole role) {
}
