package org.pallium.homevisit.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The feed the mobile app syncs from: every change to a record the app keeps, appended in the
 * transaction that makes it. Appends take a transaction-level advisory lock before drawing their
 * sequence number, so numbers are handed out in commit order: a reader who has seen number n will
 * never later find a smaller one committed, and a sync cursor never skips a change. Writers
 * therefore wait on each other from their first append to their commit: services append last.
 *
 * <p>The feed is written over JDBC, on the transaction's connection, as the outbox is. Through
 * Hibernate each append was two native queries, each of which flushed the session again, and the
 * update made Hibernate walk every entity type for what it might have touched: a twentieth of the
 * service's CPU while visits were uploaded.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChangeFeed {

    /** The advisory lock's key: "PALLSYNC" in ASCII, so that it cannot be mistaken for another lock. */
    private static final long APPEND_LOCK = 0x50414C4C53594E43L;
    private static final String TAKE_APPEND_LOCK = "SELECT pg_advisory_xact_lock(?)";
    private static final String APPEND = """
            INSERT INTO sync_change (patient_id, kind, entity_id, operation, audience, changed_at)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final Clock clock;

    ChangeFeed(EntityManager entityManager, DataSource dataSource, Clock clock) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
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
        // The transaction's own writes go first, so that it holds the lock only from here to its commit.
        entityManager.flush();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement(TAKE_APPEND_LOCK);
                PreparedStatement append = connection.prepareStatement(APPEND)) {
            lock.setLong(1, APPEND_LOCK);
            lock.execute();
            append.setObject(1, patientId);
            append.setString(2, kind.name());
            append.setObject(3, entityId);
            append.setString(4, operation);
            append.setString(5, audience);
            append.setObject(6, clock.instant().atOffset(ZoneOffset.UTC));
            append.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not append to the change feed", e);
        }
    }
}
