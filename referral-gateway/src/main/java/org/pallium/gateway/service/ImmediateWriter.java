package org.pallium.gateway.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** Live consumption's writer: each statement runs at once on the consumer transaction's connection. */
@ApplicationScoped
public class ImmediateWriter implements ReadModelWriter {

    private final DataSource dataSource;

    ImmediateWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            ReadModelWriter.bind(statement, parameters);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the read model", e);
        }
    }

    /** Every statement was sent as it came. */
    @Override
    public void settle() {
    }
}
