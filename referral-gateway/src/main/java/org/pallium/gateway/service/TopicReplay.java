package org.pallium.gateway.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.pallium.platform.messaging.ConsumedEvent;

/**
 * A rebuild's events: every record of the topics, from the first offset to the end offsets of
 * when the replay starts, read from Kafka and parsed on a thread of its own, a batch ahead of the
 * rebuild. The rebuild's thread waited for the database most of its time, and reading and parsing
 * the next batch waited for it; now they overlap. A Kafka consumer is used by one thread only:
 * this one's lives and dies on the replay's thread.
 */
final class TopicReplay implements AutoCloseable {

    /** Batches read ahead, at most: each holds its events' bytes and parsed records. */
    private static final int AHEAD = 2;
    private static final List<ConsumedEvent> END = List.of();

    private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;
    private volatile long read;

    /**
     * Starts reading.
     *
     * @param consumer  makes the consumer, on the replay's thread, which assigns it the partitions
     * @param batchSize the events to a batch, the last batch excepted
     */
    TopicReplay(Supplier<KafkaConsumer<String, byte[]>> consumer, List<String> topics, ObjectMapper json, int batchSize) {
        reader = Thread.ofPlatform().name("read-model-replay").daemon()
                .start(() -> readAll(consumer, topics, json, batchSize));
    }

    /**
     * The next batch of events, in each partition's order; empty once every record is read.
     *
     * @throws IllegalStateException when reading failed
     */
    List<ConsumedEvent> next() throws InterruptedException {
        Object taken = batches.take();
        if (taken instanceof Failure failure) {
            throw new IllegalStateException("cannot read the topics to rebuild from", failure.cause());
        }
        @SuppressWarnings("unchecked")
        List<ConsumedEvent> batch = (List<ConsumedEvent>) taken;
        return batch;
    }

    /** The records read so far, those Pallium does not know included; all of them once {@link #next} is empty. */
    long read() {
        return read;
    }

    /** Stops reading, if it has not ended, and closes the consumer. */
    @Override
    public void close() throws InterruptedException {
        reader.interrupt();
        reader.join(Duration.ofSeconds(10));
    }

    private void readAll(Supplier<KafkaConsumer<String, byte[]>> consumers, List<String> topics, ObjectMapper json,
            int batchSize) {
        try {
            try (KafkaConsumer<String, byte[]> consumer = consumers.get()) {
                Map<TopicPartition, Long> ends = fromTheBeginning(consumer, topics);
                List<ConsumedEvent> batch = new ArrayList<>(batchSize);
                while (!ends.isEmpty()) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                        Long end = ends.get(new TopicPartition(record.topic(), record.partition()));
                        if (end != null && record.offset() < end) {
                            read++;
                            ConsumedEvent.read(record, json).ifPresent(batch::add);
                            if (batch.size() == batchSize) {
                                batches.put(batch);
                                batch = new ArrayList<>(batchSize);
                            }
                        }
                    }
                    ends.keySet().removeIf(partition -> consumer.position(partition) >= ends.get(partition));
                }
                if (!batch.isEmpty()) {
                    batches.put(batch);
                }
            } catch (RuntimeException e) {
                batches.put(new Failure(e));
                return;
            }
            batches.put(END);
        } catch (InterruptedException closed) {
            // The rebuild ended before the replay did: it failed, and reads nothing more.
        }
    }

    /** Assigns the consumer every partition at its start; the end offsets of those that hold anything. */
    private static Map<TopicPartition, Long> fromTheBeginning(KafkaConsumer<String, byte[]> consumer, List<String> topics) {
        List<TopicPartition> partitions = topics.stream()
                .flatMap(topic -> consumer.partitionsFor(topic).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
        ends.keySet().removeIf(partition -> consumer.position(partition) >= ends.get(partition));
        return ends;
    }

    private record Failure(RuntimeException cause) {
    }
}
