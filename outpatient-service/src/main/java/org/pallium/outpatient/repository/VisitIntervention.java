package org.pallium.outpatient.repository;

import org.pallium.events.EsasItem;

/**
 * One intervention of a visit, kept in the visit's record.
 *
 * @param technique the technique taught, for a {@link InterventionKind#COMFORT_TECHNIQUE}; null for the others
 * @param symptom   the ESAS-r symptom it addresses; null when none or another one
 */
public record VisitIntervention(InterventionKind kind, ComfortTechnique technique, EsasItem symptom,
        String description) {
}
