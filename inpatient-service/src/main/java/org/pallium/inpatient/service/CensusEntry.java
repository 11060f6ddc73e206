package org.pallium.inpatient.service;

import java.util.List;

import org.pallium.inpatient.repository.CareTeamMember;
import org.pallium.inpatient.repository.Consult;

/** A consult as the census shows it: with its care team and the flags the team acts on first. */
public record CensusEntry(Consult consult, List<CareTeamMember> team, boolean overdue, List<Worsening> worsening) {
}
