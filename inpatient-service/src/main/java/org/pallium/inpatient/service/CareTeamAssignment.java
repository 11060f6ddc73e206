package org.pallium.inpatient.service;

import org.pallium.events.Discipline;
import org.pallium.inpatient.repository.CareTeamRole;

/** One member of a consult's care team, as the team sets it. */
public record CareTeamAssignment(String member, String name, Discipline discipline, CareTeamRole role) {
}
