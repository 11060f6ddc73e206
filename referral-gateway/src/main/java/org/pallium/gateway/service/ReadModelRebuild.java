package org.pallium.gateway.service;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.pallium.gateway.config.GatewayConfig;
import org.pallium.platform.config.EventsConfig;
import org.pallium.platform.messaging.ConsumedEvent;
import org.pallium.platform.messaging.KafkaClients;

/**
 * Builds the read model again from Kafka: every topic the gateway consumes, from its first offset
 * to the end offsets taken when the rebuild starts, through the same projections as live
 * consumption ({@link ReadModel#apply}).
 *
 * <p>All of it is one database transaction, which holds every replica's consumption back (see
 * {@link ReadModel#holdConsumptionBack()}), writes the read model into new tables and puts them in
 * the live ones' place ({@link RebuildSchema}). Readers never see it half built: until the commit
 * they read the read model as it was, after it the rebuilt one. Events that arrive meanwhile wait
 * in Kafka and are consumed live afterwards. The price: consumption pauses for the rebuild's length
 * (at the measured rate, under a minute for a million events).
 *
 * <p>The rebuild applies an event exactly when live consumption has applied it: its id is in the
 * consumer's ledger ({@code processed_event}), once per id however often Kafka holds it. An event
 * not yet in the ledger is left to live consumption, which applies it in full after the rebuild
 * (the referral it moves on included); the rebuild never writes the ledger. So the rebuilt read
 * model is the live one, with no event lost or applied twice.
 *
 * <p>Fast because it batches: a thousand events share one ledger query, a statement of many rows
 * per upsert and one COPY per table of new rows, the timeline's entries and the summary's visits
 * (a {@link BatchedWriter}), where live consumption needs round trips per event; and a visit's
 * title finds the ESAS-r it compares with in what the rebuild has written, without sending a batch
 * and asking the database. Meanwhile the next batch is read from Kafka and parsed
 * ({@link TopicReplay}).
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);
    private static final int BATCH = 1000;
    private static final String REPLAYED = "CREATE TEMPORARY TABLE replayed_event (event_id UUID PRIMARY KEY) ON COMMIT DROP";
    /** The batch's events that live consumption applied and this rebuild has not yet. */
    private static final String TO_APPLY = """
            INSERT INTO replayed_event SELECT event_id FROM processed_event WHERE event_id = ANY (?)
            ON CONFLICT (event_id) DO NOTHING
            RETURNING event_id""";

    private final ReadModel readModel;
    private final DataSource dataSource;
    private final EventsConfig events;
    private final GatewayConfig config;
    private final ObjectMapper json;

    ReadModelRebuild(ReadModel readModel, DataSource dataSource, EventsConfig events, GatewayConfig config,
            ObjectMapper json) {
        this.readModel = readModel;
        this.dataSource = dataSource;
        this.events = events;
        this.config = config;
        this.json = json;
    }

    /** Rebuilds the read model and says how much it replayed, how fast. */
    public RebuildReport rebuild() {
        long started = System.nanoTime();
        Tally tally = QuarkusTransaction.requiringNew().timeout((int) config.rebuildTimeout().toSeconds())
                .call(this::rebuildInOneTransaction);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        RebuildReport report = new RebuildReport(tally.read, tally.applied, took);
        LOG.infof("Rebuilt the read model: %d events read, %d applied, in %s (%.0f events/s)", report.eventsRead(),
                report.eventsApplied(), took, report.eventsPerSecond());
        return report;
    }

    private Tally rebuildInOneTransaction() throws SQLException, InterruptedException {
        readModel.holdConsumptionBack();
        Tally tally = new Tally();
        try (Connection connection = dataSource.getConnection();
                TopicReplay replay = new TopicReplay(() -> KafkaClients.consumer(events.bootstrapServers(),
                        events.consumer().groupId().orElse("referral-gateway") + "-rebuild", "read-model-rebuild"),
                        events.consumer().topics(), json, BATCH)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(REPLAYED);
            }
            RebuildSchema rebuilt = RebuildSchema.create(connection, ReadModel.TABLES, ReadModel.COPIED_INTO_BY_A_REBUILD);
            BatchedWriter writer = new BatchedWriter(connection);
            for (List<ConsumedEvent> batch = replay.next(); !batch.isEmpty(); batch = replay.next()) {
                tally.applied += apply(batch, connection, writer);
            }
            tally.read = replay.read();
            rebuilt.replaceLiveTables();
        }
        return tally;
    }

    /** Applies the batch's events that live consumption applied, each once. */
    private int apply(List<ConsumedEvent> batch, Connection connection, BatchedWriter writer) throws SQLException {
        Set<UUID> toApply = toApply(batch, connection);
        int applied = 0;
        for (ConsumedEvent consumed : batch) {
            if (toApply.remove(consumed.attributes().id())) {
                readModel.apply(consumed.attributes(), consumed.event(), writer);
                applied++;
            }
        }
        writer.send();
        return applied;
    }

    private static Set<UUID> toApply(List<ConsumedEvent> batch, Connection connection) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        Array candidates = connection.createArrayOf("uuid",
                batch.stream().map(consumed -> consumed.attributes().id()).distinct().toArray());
        try (PreparedStatement statement = connection.prepareStatement(TO_APPLY)) {
            statement.setArray(1, candidates);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        } finally {
            candidates.free();
        }
        return ids;
    }

    private static final class Tally {
        private long read;
        private long applied;
    }
}
