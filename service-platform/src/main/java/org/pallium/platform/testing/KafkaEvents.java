package org.pallium.platform.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.EventType;
import org.pallium.events.PalliumEvent;
import org.pallium.events.Topic;
import org.pallium.platform.messaging.KafkaClients;

/**
 * Writes and reads Pallium events on a real broker, the way another service or an analytics job
 * would: binary-mode CloudEvents, keyed by patient.
 */
public final class KafkaEvents {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** An event as it was read from a topic. */
    public record Received(String key, int partition, long offset, CloudEventAttributes attributes, PalliumEvent event,
            Map<String, String> headers) {
    }

    private final String bootstrapServers;

    public KafkaEvents(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Publishes the event as {@code source} would, with a new id, and returns its attributes. */
    public CloudEventAttributes publish(URI source, PalliumEvent event) {
        CloudEventAttributes attributes = CloudEventAttributes.of(UUID.randomUUID(), source, event);
        publish(attributes, event);
        return attributes;
    }

    /** Publishes the event with the given attributes: with the same id twice, it is a redelivery. */
    public void publish(CloudEventAttributes attributes, PalliumEvent event) {
        publish(attributes, event, Map.of());
    }

    /** Publishes the event with the given attributes and more headers, such as a trace's {@code traceparent}. */
    public void publish(CloudEventAttributes attributes, PalliumEvent event, Map<String, String> moreHeaders) {
        try (KafkaProducer<String, byte[]> producer = KafkaClients.producer(bootstrapServers, "test-publisher")) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(EventType.of(event).topic().topicName(),
                    attributes.subject(), JSON.writeValueAsBytes(event));
            attributes.toKafkaHeaders().forEach((name, value) -> record.headers().add(name, value.getBytes(UTF_8)));
            moreHeaders.forEach((name, value) -> record.headers().add(name, value.getBytes(UTF_8)));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish a test event", e);
        }
    }

    /**
     * Reads the topic from its beginning until {@code enough} holds for what matched {@code filter},
     * or the timeout passes, and returns what matched.
     */
    public List<Received> read(Topic topic, Predicate<Received> filter, Predicate<List<Received>> enough, Duration timeout) {
        List<Received> matched = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(bootstrapServers,
                "test-reader-" + UUID.randomUUID(), "test-reader")) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.topicName()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!enough.test(matched) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Received received = decode(record);
                    if (filter.test(received)) {
                        matched.add(received);
                    }
                }
            }
        }
        return matched;
    }

    private static Received decode(ConsumerRecord<String, byte[]> record) {
        CloudEventAttributes attributes = CloudEventAttributes.fromKafkaHeaders(name -> {
            Header header = record.headers().lastHeader(name);
            return header == null ? null : new String(header.value(), UTF_8);
        });
        EventType type = EventType.ofTypeName(attributes.type())
                .orElseThrow(() -> new IllegalStateException("unknown event type " + attributes.type()));
        try {
            Map<String, String> headers = new LinkedHashMap<>();
            record.headers().forEach(header -> headers.put(header.key(), new String(header.value(), UTF_8)));
            return new Received(record.key(), record.partition(), record.offset(), attributes,
                    JSON.readValue(record.value(), type.dataClass()), headers);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable " + attributes.type() + " at offset " + record.offset(), e);
        }
    }
}
