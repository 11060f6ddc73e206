package org.pallium.gateway.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.pallium.events.EsasR;
import org.pallium.events.VisitCompleted;

/**
 * A rebuild's writer: statements wait in one JDBC batch per SQL text and reach the database
 * together, one round trip per text instead of one per event. Statements of one text keep their
 * order, which is all the projections need: each text writes its own table, and its upserts
 * decide by clinical time, not by arrival. The visits written are remembered ({@link EsasHistory}),
 * so that a visit's title never waits for a batch to be sent and read back.
 */
final class BatchedWriter implements ReadModelWriter, AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> batches = new LinkedHashMap<>();
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
    public void writeVisit(VisitCompleted visit, String sql, Object... parameters) {
        execute(sql, parameters);
        visits.written(visit);
    }

    @Override
    public Optional<EsasR> previousEsas(VisitCompleted visit) {
        return visits.previous(visit);
    }

    /** Sends what waits. */
    void send() {
        try {
            for (PreparedStatement statement : batches.values()) {
                statement.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write a batch of the read model", e);
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : batches.values()) {
            statement.close();
        }
    }
}
