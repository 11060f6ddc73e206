package org.pallium.inpatient.repository;

import org.pallium.events.EsasItem;

/**
 * One intervention of an encounter, kept in the encounter's record.
 *
 * @param symptom              the ESAS-r symptom it addresses; null when none or another one
 * @param toPrimaryTeam        whether it is a recommendation to the patient's primary team, which
 *                             orders it: the consult team advises, it does not order
 */
public record Intervention(InterventionKind kind, EsasItem symptom, String description, boolean toPrimaryTeam) {
}
