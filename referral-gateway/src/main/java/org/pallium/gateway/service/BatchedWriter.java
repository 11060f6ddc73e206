package org.pallium.gateway.service;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.pallium.events.EsasR;
import org.pallium.events.VisitCompleted;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A rebuild's writer: statements wait in one JDBC batch per SQL text and reach the database
 * together, one round trip per text instead of one per event; new rows ({@link #insert}) are
 * copied in with COPY, which spares PostgreSQL a statement per row. Statements of one text keep
 * their order, which is all the projections need: each text writes its own table, and its upserts
 * decide by clinical time, not by arrival. Of the upserts of a row's newest state, only the winner
 * is sent ({@link #executeNewest}): a row updated again and again in one transaction costs
 * PostgreSQL a walk over all its earlier versions at each update, as none is dead before the
 * commit (a patient's thousands of code status changes took seconds). The visits written are
 * remembered ({@link EsasHistory}), so that a visit's title never waits for a batch to be sent and
 * read back.
 */
final class BatchedWriter implements ReadModelWriter, AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> batches = new LinkedHashMap<>();
    /** Per upsert of a row's newest state, the statement that wins for each row, until sent. */
    private final Map<String, Map<Object, Newest>> newest = new LinkedHashMap<>();
    /** Per COPY, its rows in PostgreSQL's text format, until sent. */
    private final Map<String, StringBuilder> copies = new LinkedHashMap<>();
    private final EsasHistory visits = new EsasHistory();

    BatchedWriter(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void execute(String sql, Object... parameters) {
        try {
            PreparedStatement statement = batches.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                batches.put(sql, statement);
            }
            ReadModelWriter.bind(statement, parameters);
            statement.addBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot batch a read model statement", e);
        }
    }

    @Override
    public void insert(RowInsert row, Object... values) {
        StringBuilder rows = copies.computeIfAbsent(row.copy(), copy -> new StringBuilder());
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            appendCopyText(rows, values[i]);
        }
        rows.append('\n');
    }

    /** A value in COPY's text format: null as \N, and a backslash, tab, newline or return escaped. */
    private static void appendCopyText(StringBuilder rows, Object value) {
        String text = switch (value) {
            case null -> null;
            case Instant instant -> ReadModelWriter.toMicros(instant).toString();
            case Enum<?> constant -> constant.name();
            default -> value.toString();
        };
        if (text == null) {
            rows.append("\\N");
            return;
        }
        int first = firstToEscape(text);
        // Most values (every id, instant and title) have nothing to escape: copied whole, not char by char,
        // which took half of a rebuild's own CPU when each event's payload went char by char.
        rows.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** Keeps the statement only while it is the row's winner: strictly newer than the one kept, else not. */
    @Override
    public void executeNewest(String sql, Object key, Instant at, Object... parameters) {
        Newest candidate = new Newest(ReadModelWriter.micros(at), parameters);
        newest.computeIfAbsent(sql, text -> new HashMap<>())
                .merge(key, candidate, (kept, later) -> later.micros() > kept.micros() ? later : kept);
    }

    @Override
    public boolean writeVisit(VisitCompleted visit, RowInsert row, Object... values) {
        // The rebuild emptied the summary: the visits it has are the ones written here, which the history knows.
        boolean taken = visits.written(visit);
        if (taken) {
            insert(row, values);
        }
        return taken;
    }

    @Override
    public Optional<EsasR> previousEsas(VisitCompleted visit) {
        return visits.previous(visit);
    }

    /** Sends what waits. */
    void send() {
        newest.forEach((sql, rows) -> rows.values().forEach(row -> execute(sql, row.parameters())));
        newest.clear();
        try {
            for (PreparedStatement statement : batches.values()) {
                statement.executeBatch();
            }
            CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, StringBuilder> copy : copies.entrySet()) {
                copyManager.copyIn(copy.getKey(), new StringReader(copy.getValue().toString()));
            }
            copies.clear();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot write a batch of the read model", e);
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : batches.values()) {
            statement.close();
        }
    }

    private record Newest(long micros, Object[] parameters) {
    }
}
