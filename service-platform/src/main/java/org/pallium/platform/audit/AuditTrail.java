package org.pallium.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The append-only audit table of a service. An entry is written on its own connection, outside
 * the request's transaction, so that a request that fails and rolls back is still recorded. The
 * table refuses UPDATE, DELETE and TRUNCATE itself (see the platform's migration).
 */
@ApplicationScoped
public class AuditTrail {

    private static final String APPEND = """
            INSERT INTO audit_entry (occurred_at, actor, roles, patient_id, action, resource, request, status, outcome, client_address)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String COLUMNS = "id, occurred_at, actor, roles, patient_id, action, resource, request, status, outcome, client_address";

    /** Which entries an auditor asks for; every part is optional, and the page ends before {@code before}. */
    public record Query(Optional<UUID> patientId, Optional<String> actor, Optional<Instant> from, Optional<Instant> to,
            Optional<Long> before, int limit) {
    }

    private final DataSource dataSource;

    AuditTrail(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Appends an entry (its id is assigned here); fails if it could not be written. */
    public void append(AuditEntry entry) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement append = connection.prepareStatement(APPEND)) {
            append.setTimestamp(1, Timestamp.from(entry.occurredAt()));
            append.setString(2, entry.actor());
            append.setString(3, entry.roles());
            append.setObject(4, entry.patientId());
            append.setString(5, entry.action().name());
            append.setString(6, entry.resource());
            append.setString(7, entry.request());
            append.setInt(8, entry.status());
            append.setString(9, entry.outcome().name());
            append.setString(10, entry.clientAddress());
            append.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot append to the audit trail: " + e.getSQLState(), e);
        }
    }

    /** Newest first; {@code limit + 1} entries are read so that the caller knows whether more follow. */
    public List<AuditEntry> find(Query query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_entry WHERE true");
        List<Object> parameters = new ArrayList<>();
        query.patientId().ifPresent(id -> condition(sql, parameters, " AND patient_id = ?", id));
        query.actor().ifPresent(actor -> condition(sql, parameters, " AND actor = ?", actor));
        query.from().ifPresent(from -> condition(sql, parameters, " AND occurred_at >= ?", Timestamp.from(from)));
        query.to().ifPresent(to -> condition(sql, parameters, " AND occurred_at < ?", Timestamp.from(to)));
        query.before().ifPresent(id -> condition(sql, parameters, " AND id < ?", id));
        sql.append(" ORDER BY id DESC LIMIT ?");
        parameters.add(query.limit() + 1);
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AuditEntry(rows.getLong(1), rows.getTimestamp(2).toInstant(), rows.getString(3),
                            rows.getString(4), rows.getObject(5, UUID.class), AuditAction.valueOf(rows.getString(6)),
                            rows.getString(7), rows.getString(8), rows.getInt(9),
                            AuditEntry.Outcome.valueOf(rows.getString(10)), rows.getString(11)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail: " + e.getSQLState(), e);
        }
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String condition, Object value) {
        sql.append(condition);
        parameters.add(value);
    }
}
