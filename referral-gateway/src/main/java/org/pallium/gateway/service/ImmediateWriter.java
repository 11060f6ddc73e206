package org.pallium.gateway.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.pallium.events.EsasR;
import org.pallium.events.VisitCompleted;
import org.pallium.gateway.repository.SummaryVisit;

/**
 * Live consumption's writer: each statement runs at once on the consumer transaction's connection,
 * and what was written is read back from the database.
 */
@ApplicationScoped
public class ImmediateWriter implements ReadModelWriter {

    private final DataSource dataSource;

    ImmediateWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void upsert(String sql, Object key, Object... parameters) {
        update(sql, parameters);
    }

    /** Runs the statement; the number of rows it wrote. */
    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            ReadModelWriter.bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the read model", e);
        }
    }

    @Override
    public void insert(RowInsert row, Object... values) {
        update(row.insert(), values);
    }

    @Override
    public void upsertNewest(String sql, Object key, Instant at, Object... parameters) {
        update(sql, parameters);
    }

    @Override
    public boolean writeVisit(VisitCompleted visit, RowInsert row, Object... values) {
        return update(row.insert(), values) == 1;
    }

    @Override
    public Optional<EsasR> previousEsas(VisitCompleted visit) {
        return SummaryVisit.previousWithEsas(visit.patientId(), visit.startedAt(), visit.visitId())
                .map(previous -> previous.esas);
    }
}
