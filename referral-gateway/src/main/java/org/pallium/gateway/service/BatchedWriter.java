package org.pallium.gateway.service;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pallium.events.EsasR;
import org.pallium.events.VisitCompleted;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A rebuild's writer: statements wait and reach the database together, a few round trips per
 * batch of events instead of one per event. Upserts of one text are sent as statements of many
 * rows of {@code VALUES}, which spares PostgreSQL a statement per row, in rounds that change each
 * row once at most, as {@code ON CONFLICT DO UPDATE} must, and a row's upserts in their order; new
 * rows ({@link #insert}) are copied in with COPY. Each text writes its own table, and its upserts
 * decide by clinical time, not by arrival, so the order between texts does not matter. Of the
 * upserts of a row's newest state, only the winner is sent ({@link #upsertNewest}): a row updated
 * again and again in one transaction costs PostgreSQL a walk over all its earlier versions at each
 * update, as none is dead before the commit (a patient's thousands of code status changes took
 * seconds). The visits written are remembered ({@link EsasHistory}), so that a visit's title never
 * waits for a batch to be sent and read back.
 */
final class BatchedWriter implements ReadModelWriter {

    /**
     * The most parameters in one statement: PostgreSQL's protocol counts them in 16 bits, and a
     * thousand rows of the widest upsert stay well under this.
     */
    private static final int MAX_PARAMETERS = 32_767;

    private final Connection connection;
    /** Per upsert, its rows' keys and parameters, in the order written, until sent. */
    private final Map<String, List<Keyed>> upserts = new LinkedHashMap<>();
    /** Per upsert of a row's newest state, the statement that wins for each row, until sent. */
    private final Map<String, Map<Object, Newest>> newest = new LinkedHashMap<>();
    /** Per COPY, its rows in PostgreSQL's text format, until sent. */
    private final Map<String, StringBuilder> copies = new LinkedHashMap<>();
    private final EsasHistory visits = new EsasHistory();

    BatchedWriter(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void upsert(String sql, Object key, Object... parameters) {
        upserts.computeIfAbsent(sql, text -> new ArrayList<>()).add(new Keyed(key, parameters));
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
    public void upsertNewest(String sql, Object key, Instant at, Object... parameters) {
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
        newest.forEach((sql, rows) -> rows.forEach((key, row) -> upsert(sql, key, row.parameters())));
        newest.clear();
        try {
            for (Map.Entry<String, List<Keyed>> rows : upserts.entrySet()) {
                sendUpserts(rows.getKey(), rows.getValue());
            }
            upserts.clear();
            CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, StringBuilder> copy : copies.entrySet()) {
                copyManager.copyIn(copy.getKey(), new StringReader(copy.getValue().toString()));
            }
            copies.clear();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot write a batch of the read model", e);
        }
    }

    /** The rows' upserts in rounds, the n-th of each row in the n-th, each round in statements of many rows. */
    private void sendUpserts(String sql, List<Keyed> rows) throws SQLException {
        List<List<Object[]>> rounds = new ArrayList<>();
        Map<Object, Integer> upsertsOfRow = new HashMap<>();
        for (Keyed row : rows) {
            int round = upsertsOfRow.merge(row.key(), 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(row.parameters());
        }
        for (List<Object[]> round : rounds) {
            int rowsPerStatement = MAX_PARAMETERS / round.getFirst().length;
            for (int from = 0; from < round.size(); from += rowsPerStatement) {
                List<Object[]> statementRows = round.subList(from, Math.min(round.size(), from + rowsPerStatement));
                try (PreparedStatement statement = connection.prepareStatement(withRows(sql, statementRows.size()))) {
                    ReadModelWriter.bind(statement, statementRows.stream().flatMap(Arrays::stream).toArray());
                    statement.executeUpdate();
                }
            }
        }
    }

    /** The statement with {@code rows} rows of {@code VALUES} where {@code sql} has one, of parameters only. */
    static String withRows(String sql, int rows) {
        int values = sql.indexOf("VALUES (");
        int end = sql.indexOf(')', values);
        int nested = sql.indexOf('(', values + "VALUES (".length());
        if (values < 0 || end < 0 || nested >= 0 && nested < end) {
            throw new IllegalArgumentException("not one row of parameters in VALUES: " + sql);
        }
        String row = sql.substring(values + "VALUES ".length(), end + 1);
        return sql.substring(0, values + "VALUES ".length()) + String.join(", ", Collections.nCopies(rows, row))
                + sql.substring(end + 1);
    }

    private record Keyed(Object key, Object[] parameters) {
    }

    private record Newest(long micros, Object[] parameters) {
    }
}
