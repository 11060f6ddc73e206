package org.pallium.homevisit.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * The feed the mobile app syncs from: every change to a record the app keeps, appended in the
 * transaction that makes it. The appends take a transaction-level advisory lock before drawing
 * their sequence numbers, so numbers are handed out in commit order: a reader who has seen number
 * n will never later find a smaller one committed, and a sync cursor never skips a change.
 *
 * <p>A transaction's changes are written together just before it commits, after Hibernate's own
 * flush, so the lock is held only from there to the commit, however long the transaction ran and
 * whatever order its writes came in. Taking the lock at the first change would hold it across the
 * rest of the transaction: every writer would wait for it, and a writer that locked rows after it
 * could deadlock with one that holds such a row and waits for the lock. The feed is written over
 * JDBC, on the transaction's connection, as the outbox is: through Hibernate each append flushed
 * the session, a twentieth of the service's CPU while visits were uploaded.
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

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    ChangeFeed(DataSource dataSource, TransactionSynchronizationRegistry transactions, Clock clock) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The record was created or changed: everyone who may see it fetches it again. */
    public void changed(SyncKind kind, UUID patientId, UUID entityId) {
        append(new Change(kind, patientId, entityId, "UPSERT", null, clock.instant()));
    }

    /** The record was deleted: everyone who kept it drops it. */
    public void deleted(SyncKind kind, UUID patientId, UUID entityId) {
        append(new Change(kind, patientId, entityId, "DELETE", null, clock.instant()));
    }

    /**
     * The record is no longer {@code user}'s to see (a patient left their caseload, a visit was
     * reassigned to a colleague): their app drops it, while it stays for everyone else.
     */
    public void withdrawn(SyncKind kind, UUID patientId, UUID entityId, String user) {
        append(new Change(kind, patientId, entityId, "DELETE", user, clock.instant()));
    }

    private record Change(SyncKind kind, UUID patientId, UUID entityId, String operation, String audience,
            Instant changedAt) {
    }

    private void append(Change change) {
        @SuppressWarnings("unchecked")
        List<Change> pending = (List<Change>) transactions.getResource(ChangeFeed.class);
        if (pending == null) {
            pending = new ArrayList<>();
            transactions.putResource(ChangeFeed.class, pending);
            writeBeforeCommit(pending);
        }
        pending.add(change);
    }

    private void writeBeforeCommit(List<Change> pending) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                write(pending);
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
    }

    private void write(List<Change> changes) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement(TAKE_APPEND_LOCK);
                PreparedStatement append = connection.prepareStatement(APPEND)) {
            lock.setLong(1, APPEND_LOCK);
            lock.execute();
            for (Change change : changes) {
                append.setObject(1, change.patientId());
                append.setString(2, change.kind().name());
                append.setObject(3, change.entityId());
                append.setString(4, change.operation());
                append.setString(5, change.audience());
                append.setObject(6, change.changedAt().atOffset(ZoneOffset.UTC));
                append.addBatch();
            }
            append.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not append to the change feed", e);
        }
    }
}
