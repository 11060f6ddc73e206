package org.pallium.gateway.service;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Where a projection's SQL goes: run at once as each event arrives, or gathered into JDBC batches
 * while the read model is rebuilt. The projection decides what to write; this decides only when
 * it reaches the database, so live consumption and a rebuild build the same rows.
 */
public interface ReadModelWriter {

    /** Writes a statement with these parameters: enums by name, instants as timestamps with time zone. */
    void execute(String sql, Object... parameters);

    /** Makes what was written so far visible to the transaction's reads: a batch waiting is sent. */
    void settle();

    /** Binds the parameters to the statement as {@link #execute} promises. */
    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, switch (parameters[i]) {
                case Instant instant -> instant.atOffset(ZoneOffset.UTC);
                case Enum<?> constant -> constant.name();
                case null, default -> parameters[i];
            });
        }
    }
}
