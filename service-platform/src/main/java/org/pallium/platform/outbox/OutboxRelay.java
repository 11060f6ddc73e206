package org.pallium.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import org.pallium.platform.config.EventsConfig;
import org.pallium.platform.logging.Redacted;
import org.pallium.platform.messaging.Backoff;
import org.pallium.platform.messaging.KafkaClients;

/**
 * Publishes committed outbox rows to Kafka in the order they were written, and marks each one
 * published once the broker has acknowledged it. (Two transactions that run at the same time have
 * no order between them; a transaction that depends on another runs after its commit, and so
 * writes later rows.)
 *
 * <p>Only one relay publishes a database's outbox at a time: a round holds a transaction-scoped
 * advisory lock, and a replica that cannot take it leaves the round to the one that holds it.
 * That keeps each patient's events in order even with several replicas, which
 * {@code FOR UPDATE SKIP LOCKED} alone would not: two replicas would publish two slices of the
 * backlog side by side. The lock goes with the transaction, so a replica that dies hands over at
 * once.
 *
 * <p>Delivery is at least once: a crash between the broker's acknowledgement and the commit of
 * the mark sends that row again, with the same CloudEvents id, and consumers drop the copy.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** Any constant both replicas agree on; one outbox per database. */
    private static final long RELAY_LOCK = 0x7061_6c6c_6975_6dL;

    private static final String SELECT_BATCH = """
            SELECT sequence_number, topic, record_key, headers::text, payload::text
            FROM outbox_event
            WHERE published_at IS NULL
            ORDER BY sequence_number
            LIMIT ?""";
    private static final String PRUNE = "DELETE FROM outbox_event WHERE published_at < ?";
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);
    private static final String MARK_PUBLISHED =
            "UPDATE outbox_event SET published_at = now() WHERE sequence_number = ANY (?)";
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final EventsConfig config;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Backoff backoff;

    private volatile boolean running;
    private Thread worker;
    private Instant nextPrune = Instant.EPOCH;
    private KafkaProducer<String, byte[]> producer;

    /** Also how a test stands up a second replica on the same database. */
    public OutboxRelay(DataSource dataSource, ObjectMapper json, EventsConfig config) {
        this.dataSource = dataSource;
        this.json = json;
        this.config = config;
        this.backoff = new Backoff(Duration.ofMillis(100), config.relay().maxBackoff());
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relay().enabled()) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::relayUntilStopped);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        close();
    }

    /** Stops publishing and releases the Kafka producer. */
    public void close() throws InterruptedException {
        if (worker != null) {
            running = false;
            backoff.requestStop();
            wakeUp();
            worker.join(Duration.ofSeconds(10));
        }
        closeProducer();
    }

    /** Tells the relay that rows were committed; it publishes them without waiting for its poll. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** The number of rows not yet published. */
    public long backlog() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
                ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the outbox backlog", e);
        }
    }

    /** How long, in seconds, the oldest row not yet published has waited since its transaction began; 0 when none waits. */
    public double oldestUnpublishedAgeSeconds() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement age = connection.prepareStatement("SELECT COALESCE(EXTRACT(EPOCH FROM clock_timestamp()"
                        + " - min(created_at)), 0) FROM outbox_event WHERE published_at IS NULL");
                ResultSet rows = age.executeQuery()) {
            rows.next();
            return rows.getDouble(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the outbox's oldest row", e);
        }
    }

    /**
     * Removes rows published before {@code cutoff}; unpublished rows stay, however old.
     *
     * @return the number of rows removed
     */
    public int prunePublishedBefore(Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prune = connection.prepareStatement(PRUNE)) {
            prune.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
            return prune.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not prune the outbox", e);
        }
    }

    private void pruneWhenDue() {
        Instant now = Instant.now();
        if (now.isAfter(nextPrune)) {
            nextPrune = now.plus(PRUNE_EVERY);
            prunePublishedBefore(now.minus(config.relay().retention()));
        }
    }

    private void relayUntilStopped() {
        while (running) {
            try {
                int published = publishBatch();
                backoff.reset();
                pruneWhenDue();
                if (published < config.relay().batchSize()) {
                    waitForWork(config.relay().pollInterval());
                }
            } catch (RuntimeException e) {
                closeProducer();
                Duration pause = backoff.next();
                LOG.warnf("Outbox relay could not publish; next attempt in %d ms: %s", pause.toMillis(),
                        Redacted.describe(e));
                if (backoff.pauseOrStop(pause)) {
                    running = false;
                }
            }
        }
        closeProducer();
    }

    /**
     * Publishes one batch of the backlog, if no other replica is publishing it now.
     *
     * @return the number of rows published
     * @throws RuntimeException when Kafka or the database fails; nothing unacknowledged is marked
     */
    public int publishBatch() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int published = publishBatch(connection);
                connection.commit();
                return published;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("outbox database unavailable: " + e.getMessage(), e);
        }
    }

    private int publishBatch(Connection connection) throws SQLException {
        if (!takeRelayLock(connection)) {
            return 0;
        }
        List<Long> sequenceNumbers = new ArrayList<>();
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_BATCH)) {
            select.setInt(1, config.relay().batchSize());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sequenceNumbers.add(rows.getLong(1));
                    acknowledgements.add(producer().send(toRecord(rows)));
                }
            }
        }
        if (sequenceNumbers.isEmpty()) {
            return 0;
        }
        List<Long> acknowledged = awaitAcknowledgements(sequenceNumbers, acknowledgements);
        markPublished(connection, acknowledged);
        if (acknowledged.size() < sequenceNumbers.size()) {
            connection.commit();
            throw new IllegalStateException((sequenceNumbers.size() - acknowledged.size())
                    + " of " + sequenceNumbers.size() + " events were not acknowledged by Kafka");
        }
        return acknowledged.size();
    }

    private boolean takeRelayLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private ProducerRecord<String, byte[]> toRecord(ResultSet row) throws SQLException {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                row.getString(2), row.getString(3), row.getString(5).getBytes(UTF_8));
        try {
            json.readValue(row.getString(4), HEADERS).forEach((name, value) ->
                    record.headers().add(name, value.getBytes(UTF_8)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox row " + row.getLong(1) + " has unreadable headers", e);
        }
        return record;
    }

    private List<Long> awaitAcknowledgements(List<Long> sequenceNumbers, List<Future<RecordMetadata>> acknowledgements) {
        List<Long> acknowledged = new ArrayList<>(sequenceNumbers.size());
        for (int i = 0; i < acknowledgements.size(); i++) {
            try {
                acknowledgements.get(i).get();
                acknowledged.add(sequenceNumbers.get(i));
            } catch (ExecutionException e) {
                LOG.debugf("Outbox row %d not acknowledged: %s", sequenceNumbers.get(i), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return acknowledged;
    }

    private void markPublished(Connection connection, List<Long> sequenceNumbers) throws SQLException {
        if (sequenceNumbers.isEmpty()) {
            return;
        }
        try (PreparedStatement mark = connection.prepareStatement(MARK_PUBLISHED)) {
            Array numbers = connection.createArrayOf("bigint", sequenceNumbers.toArray());
            mark.setArray(1, numbers);
            mark.executeUpdate();
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = KafkaClients.producer(config.bootstrapServers(), "outbox-relay" + config.source());
        }
        return producer;
    }

    /** After a failure the producer may hold a fenced epoch or stale metadata: start afresh. */
    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
            producer = null;
        }
    }

    private void waitForWork(Duration timeout) {
        try {
            if (wakeUps.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUps.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
