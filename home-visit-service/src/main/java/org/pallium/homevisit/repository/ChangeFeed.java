package org.pallium.homevisit.repository;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The feed the mobile app syncs from: every change to a record the app keeps, appended in the
 * transaction that makes it. Appends take a transaction-level advisory lock before drawing their
 * sequence number, so numbers are handed out in commit order: a reader who has seen number n will
 * never later find a smaller one committed, and a sync cursor never skips a change. Writers
 * therefore wait on each other from their first append to their commit: services append last.
 */
@ApplicationScoped
public class ChangeFeed {

    /** The advisory lock's key: "PALLSYNC" in ASCII, so that it cannot be mistaken for another lock. */
    private static final long APPEND_LOCK = 0x50414C4C53594E43L;

    private final EntityManager entityManager;
    private final Clock clock;

    ChangeFeed(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The record was created or changed: everyone who may see it fetches it again. */
    public void changed(SyncKind kind, UUID patientId, UUID entityId) {
        append(kind, patientId, entityId, "UPSERT", null);
    }

    /** The record was deleted: everyone who kept it drops it. */
    public void deleted(SyncKind kind, UUID patientId, UUID entityId) {
        append(kind, patientId, entityId, "DELETE", null);
    }

    /**
     * The record is no longer {@code user}'s to see (a patient left their caseload, a visit was
     * reassigned to a colleague): their app drops it, while it stays for everyone else.
     */
    public void withdrawn(SyncKind kind, UUID patientId, UUID entityId, String user) {
        append(kind, patientId, entityId, "DELETE", user);
    }

    private void append(SyncKind kind, UUID patientId, UUID entityId, String operation, String audience) {
        entityManager.flush();
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, APPEND_LOCK).getSingleResult();
        entityManager.createNativeQuery("""
                INSERT INTO sync_change (patient_id, kind, entity_id, operation, audience, changed_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, patientId)
                .setParameter(2, kind.name())
                .setParameter(3, entityId)
                .setParameter(4, operation)
                .setParameter(5, audience)
                .setParameter(6, clock.instant())
                .executeUpdate();
    }
}
