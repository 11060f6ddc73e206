package org.pallium.gateway.service;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.pallium.events.EsasR;
import org.pallium.events.VisitCompleted;
import org.pallium.platform.config.JsonColumnFormat;

/**
 * Where a projection's SQL goes: run at once as each event arrives, or gathered into JDBC batches
 * while the read model is rebuilt. The projection decides what to write; this decides only when
 * it reaches the database, so live consumption and a rebuild build the same rows. The one thing a
 * projection reads back of what was written, the ESAS-r a visit's title compares with, is read
 * through it too: from the database, or from what a rebuild remembers having written, sent or not.
 */
public interface ReadModelWriter {

    /**
     * Writes an upsert of the row {@code key} names, with these parameters: enums by name, instants
     * as timestamps with time zone. A row's upserts keep their order; a writer may send those of
     * different rows together, as one statement of many rows of {@code VALUES} where {@code sql}
     * has one.
     */
    void upsert(String sql, Object key, Object... parameters);

    /** Adds a row that no later statement changes, its values in the order of the insert's columns. */
    void insert(RowInsert row, Object... values);

    /**
     * Writes the newest state of one row: {@code sql} is an upsert that replaces every column of
     * the row {@code key} names, and only with a strictly newer state ({@code at}, compared as the
     * database compares it). Of several such statements for one row, a writer may send only the one
     * that wins: the first of the newest.
     */
    void upsertNewest(String sql, Object key, Instant at, Object... parameters);

    /**
     * Adds the visit to the summary unless the summary has it (a visit is documented once: the first
     * writing wins), as {@link #insert} does, and for {@link #previousEsas}.
     *
     * @return whether the summary took it: false when it had the visit already
     */
    boolean writeVisit(VisitCompleted visit, RowInsert row, Object... values);

    /**
     * The ESAS-r that {@code visit}'s title compares with: of the patient's latest visit before it
     * by clinical time, other than itself, among the visits written into the summary so far.
     */
    Optional<EsasR> previousEsas(VisitCompleted visit);

    /** The value as a JSON column's parameter (written {@code ?::jsonb}), in the columns' own format. */
    static String json(Object value) {
        try {
            return JsonColumnFormat.COLUMNS.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON column of the read model", e);
        }
    }

    /**
     * The instant as PostgreSQL compares a parameter of it: in microseconds, rounded half up as the
     * JDBC driver rounds it when it sends it.
     */
    static long micros(Instant instant) {
        Instant rounded = toMicros(instant);
        return Math.addExact(Math.multiplyExact(rounded.getEpochSecond(), 1_000_000L), rounded.getNano() / 1000);
    }

    /**
     * The instant at the microsecond PostgreSQL keeps of it, rounded as {@link #micros} says: what a
     * timestamp column holds, whether the instant was bound or copied in as text.
     */
    static Instant toMicros(Instant instant) {
        return instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

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
