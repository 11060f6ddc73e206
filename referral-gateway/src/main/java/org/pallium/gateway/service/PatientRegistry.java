package org.pallium.gateway.service;

import java.time.Clock;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.pallium.events.PatientDetails;

/** Maps the identifiers that EHRs send to Pallium patient ids. */
@ApplicationScoped
public class PatientRegistry {

    private static final String REGISTER_OR_UPDATE = """
            INSERT INTO patient (id, identifier_system, identifier_value, name, details, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6, ?6)
            ON CONFLICT (identifier_system, identifier_value)
            DO UPDATE SET name = excluded.name, details = excluded.details, updated_at = excluded.updated_at
            RETURNING id""";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    PatientRegistry(EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The Pallium id of the patient with this identifier, registered now if it is new, and the
     * details kept as the EHR sent them this time: the newest referral knows the patient best.
     * Always the same id for the same (system, value), also when two referrals for a new patient
     * race: the unique key makes the second insert wait for the first and then update its row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID register(PatientDetails patient) {
        try {
            return (UUID) entityManager.createNativeQuery(REGISTER_OR_UPDATE, UUID.class)
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, patient.identifier().system())
                    .setParameter(3, patient.identifier().value())
                    .setParameter(4, patient.name())
                    .setParameter(5, json.writeValueAsString(patient))
                    .setParameter(6, clock.instant())
                    .getSingleResult();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the details of a patient", e);
        }
    }
}
