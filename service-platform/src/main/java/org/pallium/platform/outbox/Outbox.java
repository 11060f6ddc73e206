package org.pallium.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.pallium.events.CloudEventAttributes;
import org.pallium.events.EventType;
import org.pallium.events.PalliumEvent;
import org.pallium.platform.config.EventsConfig;
import org.pallium.platform.messaging.EventTracing;

/**
 * The transactional outbox: a service records an event in the same database transaction as the
 * change it describes, so the two commit or roll back together. The {@link OutboxRelay} publishes
 * the row to Kafka after the commit, however long Kafka is away. The row's headers are the
 * event's CloudEvents attributes and the current trace's context ({@link EventTracing}).
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, topic, record_key, event_type, headers, payload)
            VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb)""";

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final EventsConfig config;
    private final EventTracing tracing;

    Outbox(DataSource dataSource, ObjectMapper json, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay, EventsConfig config, EventTracing tracing) {
        this.dataSource = dataSource;
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
        this.config = config;
        this.tracing = tracing;
    }

    /**
     * Records the event in the caller's transaction and returns its CloudEvents id.
     *
     * @throws jakarta.transaction.TransactionalException when called outside a transaction
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(PalliumEvent event) {
        UUID eventId = UUID.randomUUID();
        CloudEventAttributes attributes = CloudEventAttributes.of(eventId, config.source(), event);
        EventType type = EventType.of(event);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, eventId);
            insert.setString(2, type.topic().topicName());
            insert.setString(3, attributes.subject());
            insert.setString(4, type.typeName());
            Map<String, String> headers = new LinkedHashMap<>(attributes.toKafkaHeaders());
            headers.putAll(tracing.currentContext());
            insert.setString(5, json.writeValueAsString(headers));
            insert.setString(6, json.writeValueAsString(event));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not record " + type.typeName() + " in the outbox", e);
        }
        wakeRelayAfterCommit();
        return eventId;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(OutboxRelay.class) != null) {
            return;
        }
        transactions.putResource(OutboxRelay.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
