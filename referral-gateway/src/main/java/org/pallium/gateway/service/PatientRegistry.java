package org.pallium.gateway.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.pallium.events.PatientIdentifier;

/** Maps the identifiers that EHRs send to Pallium patient ids. */
@ApplicationScoped
public class PatientRegistry {

    private static final String INSERT_UNLESS_KNOWN = """
            INSERT INTO patient (id, identifier_system, identifier_value, name, created_at)
            VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (identifier_system, identifier_value) DO NOTHING""";
    private static final String FIND = """
            SELECT id FROM patient WHERE identifier_system = ?1 AND identifier_value = ?2""";

    private final EntityManager entityManager;
    private final Clock clock;

    PatientRegistry(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * The Pallium id of the patient with this identifier, registered now if it is new. Always the
     * same id for the same (system, value), also when two referrals for a new patient race: the
     * unique key makes the second insert wait for the first and then do nothing, and the lookup
     * that follows (a new statement, so a new snapshot) sees the winner's row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID idOf(PatientIdentifier identifier, String name) {
        entityManager.createNativeQuery(INSERT_UNLESS_KNOWN)
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, identifier.system())
                .setParameter(3, identifier.value())
                .setParameter(4, name)
                .setParameter(5, clock.instant())
                .executeUpdate();
        return (UUID) entityManager.createNativeQuery(FIND, UUID.class)
                .setParameter(1, identifier.system())
                .setParameter(2, identifier.value())
                .getSingleResult();
    }
}
