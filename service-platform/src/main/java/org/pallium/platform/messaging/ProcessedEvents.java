package org.pallium.platform.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.CloudEventAttributes;

/**
 * The consumer's ledger of the events it has applied. Recording an id in the transaction of its
 * effect makes a redelivered event a no-op. Two consumers racing on one id (during a rebalance)
 * serialise on the primary key: the second waits for the first to commit, then finds the id.
 */
@ApplicationScoped
public class ProcessedEvents {

    private static final String RECORD = """
            INSERT INTO processed_event (event_id, event_type, source)
            VALUES (?, ?, ?)
            ON CONFLICT (event_id) DO NOTHING""";

    private final DataSource dataSource;

    ProcessedEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records the event; false when it had been recorded before, so its effect is already applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordFirstDelivery(CloudEventAttributes attributes) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setObject(1, attributes.id());
            insert.setString(2, attributes.type());
            insert.setString(3, attributes.source().toString());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record event " + attributes.id(), e);
        }
    }
}
