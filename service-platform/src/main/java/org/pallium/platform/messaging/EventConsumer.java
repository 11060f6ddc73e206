package org.pallium.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import org.pallium.platform.config.EventsConfig;
import org.pallium.platform.logging.Redacted;

/**
 * Consumes the configured topics and hands each event to the service's {@link EventHandler},
 * exactly once in effect: the handler runs in a transaction with {@link ProcessedEvents}, and
 * offsets are committed only after that transaction. The records of one poll and partition share
 * one transaction; if any of them fails, they are applied one by one instead.
 *
 * <p>Records of one partition (one patient's events among others) are applied in order. When a
 * handler fails, the consumer goes back to that record and tries again after a pause, so a
 * patient's later events never overtake an earlier one. A record that can never be read (not a
 * CloudEvent, or data that breaks its schema) is logged by position and id and skipped.
 *
 * <p>With {@code pallium.events.consumer.threads} above one, the service runs that many consumers
 * of the group, each on a thread of its own, as that many replicas would: partitions are applied
 * side by side, so that one consumer's round trips to the database do not hold back the others.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventsConfig config;
    private final Instance<EventHandler> handler;
    private final ProcessedEvents processedEvents;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final EventTracing tracing;
    private final List<Worker> workers = new ArrayList<>();

    private volatile boolean running;

    EventConsumer(EventsConfig config, Instance<EventHandler> handler, ProcessedEvents processedEvents,
            ObjectMapper json, MeterRegistry meters, EventTracing tracing) {
        this.config = config;
        this.handler = handler;
        this.processedEvents = processedEvents;
        this.json = json;
        this.meters = meters;
        this.tracing = tracing;
    }

    void start(@Observes StartupEvent startup) {
        Optional<String> groupId = config.consumer().groupId();
        if (groupId.isEmpty() || handler.isUnsatisfied()) {
            return;
        }
        if (handler.isAmbiguous()) {
            throw new IllegalStateException("a service has one EventHandler; found several: dispatch in one handler");
        }
        running = true;
        int threads = config.consumer().threads();
        for (int index = 0; index < threads; index++) {
            String clientId = groupId.get() + config.source() + (threads == 1 ? "" : "-" + index);
            workers.add(new Worker(KafkaClients.consumer(config.bootstrapServers(), groupId.get(), clientId),
                    threads == 1 ? "event-consumer" : "event-consumer-" + index));
        }
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        workers.forEach(Worker::requestStop);
        for (Worker worker : workers) {
            worker.awaitStop();
        }
    }

    /**
     * A thread with a consumer of its own in the group, as a replica has: Kafka gives each its
     * share of the partitions, and a partition's records are applied by one of them, in order.
     */
    private final class Worker {

        private final KafkaConsumer<String, byte[]> consumer;
        private final KafkaClientMetrics metrics;
        private final Backoff backoff = new Backoff(Duration.ofMillis(200), config.consumer().maxBackoff());
        private final Thread thread;

        Worker(KafkaConsumer<String, byte[]> consumer, String name) {
            this.consumer = consumer;
            // The client's own metrics, consumer lag (records-lag-max) among them, as kafka_consumer_* in /q/metrics.
            this.metrics = new KafkaClientMetrics(consumer);
            metrics.bindTo(meters);
            this.thread = Thread.ofPlatform().name(name).daemon().start(this::consumeUntilStopped);
        }

        void requestStop() {
            backoff.requestStop();
            consumer.wakeup();
        }

        void awaitStop() throws InterruptedException {
            thread.join(Duration.ofSeconds(10));
            metrics.close();
        }

        private void consumeUntilStopped() {
            try (KafkaConsumer<String, byte[]> subscribed = consumer) {
                subscribed.subscribe(config.consumer().topics());
                while (running) {
                    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                    if (applyInOrder(records)) {
                        backoff.reset();
                    } else if (backoff.pauseOrStop(backoff.next())) {
                        running = false;
                    }
                }
            } catch (WakeupException e) {
                if (running) {
                    throw e;
                }
            }
        }

        /** Applies the records partition by partition; false if one failed and will be retried. */
        private boolean applyInOrder(ConsumerRecords<String, byte[]> records) {
            boolean allApplied = true;
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            for (TopicPartition partition : records.partitions()) {
                List<ConsumerRecord<String, byte[]>> batch = records.records(partition);
                List<ConsumedEvent> readable = batch.stream().map(EventConsumer.this::read).flatMap(Optional::stream)
                        .toList();
                Optional<ConsumedEvent> failed = applyTogether(readable) ? Optional.empty() : applyOneByOne(readable);
                if (failed.isEmpty()) {
                    done.put(partition, new OffsetAndMetadata(batch.getLast().offset() + 1));
                } else {
                    long retryFrom = failed.get().record().offset();
                    consumer.seek(partition, retryFrom);
                    done.put(partition, new OffsetAndMetadata(retryFrom));
                    allApplied = false;
                }
            }
            if (!done.isEmpty()) {
                commitOffsets(done);
            }
            return allApplied;
        }

        /**
         * Commits the offsets of what was applied. A rebalance may have moved a partition to another
         * consumer meanwhile; the effects are committed and their ids recorded, so that consumer, which
         * starts from the last committed offset, skips them, and this one goes on with what it holds.
         */
        private void commitOffsets(Map<TopicPartition, OffsetAndMetadata> done) {
            try {
                consumer.commitSync(done);
            } catch (CommitFailedException | RebalanceInProgressException e) {
                LOG.infof("offsets of %s not committed: the group is rebalancing (%s); the next owner skips what was applied",
                        done.keySet(), e.getClass().getSimpleName());
            }
        }
    }

    /**
     * Applies a partition's events in one transaction: under load one commit serves many events.
     * False when one of them failed; nothing of the batch is then kept, and the caller applies the
     * events one by one to find the one that fails.
     */
    private boolean applyTogether(List<ConsumedEvent> readable) {
        if (readable.size() < 2) {
            return false;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                handler.get().beforeApplying();
                readable.forEach(this::applyFirstDelivery);
            });
            readable.forEach(this::timeFromPublication);
            return true;
        } catch (RuntimeException e) {
            LOG.debugf("A batch of %d events failed, applying them one by one: %s", readable.size(),
                    Redacted.describe(e));
            return false;
        }
    }

    /** Each event in its own transaction, up to the first that fails, which is returned. */
    private Optional<ConsumedEvent> applyOneByOne(List<ConsumedEvent> readable) {
        for (ConsumedEvent event : readable) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    handler.get().beforeApplying();
                    applyFirstDelivery(event);
                });
                timeFromPublication(event);
            } catch (RuntimeException e) {
                LOG.errorf("Event at %s-%d@%d failed, retrying: %s", event.record().topic(),
                        event.record().partition(), event.record().offset(), Redacted.describe(e));
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    private void applyFirstDelivery(ConsumedEvent readable) {
        tracing.handle(readable.record(), () -> {
            if (processedEvents.recordFirstDelivery(readable.attributes())) {
                handler.get().handle(readable.attributes(), readable.event());
            }
        });
    }

    /**
     * How long the event took from its publication (the record's Kafka timestamp, set by the
     * publishing relay) to the commit of its effect here: the processing latency an alert watches.
     */
    private void timeFromPublication(ConsumedEvent event) {
        Timer.builder("pallium.events.processing")
                .description("From an event's publication to Kafka to the commit of its effect in this service")
                .tag("topic", event.record().topic())
                .publishPercentileHistogram()
                .register(meters)
                .record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - event.record().timestamp())));
    }

    /** An event this service reads and acts on; empty for one it skips. */
    private Optional<ConsumedEvent> read(ConsumerRecord<String, byte[]> record) {
        return ConsumedEvent.read(record, json).filter(consumed -> handler.get().actsOn(consumed.event()));
    }
}
