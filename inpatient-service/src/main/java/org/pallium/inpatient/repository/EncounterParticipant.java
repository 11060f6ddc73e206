package org.pallium.inpatient.repository;

/** Who took part in an encounter besides the team. */
public enum EncounterParticipant {
    PATIENT,
    FAMILY,
    HEALTHCARE_AGENT
}
