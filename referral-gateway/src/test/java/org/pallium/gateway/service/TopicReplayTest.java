package org.pallium.gateway.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pallium.events.CareSetting;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.CodeStatus;
import org.pallium.events.CodeStatusChanged;
import org.pallium.platform.local.LocalKafka;
import org.pallium.platform.local.Ports;
import org.pallium.platform.messaging.KafkaClients;

/** A rebuild's replay when it cannot read, and when the rebuild stops before the replay has read everything. */
class TopicReplayTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final String READER = "read-model-replay";

    @TempDir
    static Path directory;
    private static LocalKafka kafka;

    @BeforeAll
    static void startKafka() {
        kafka = LocalKafka.start(directory, Ports.free(), Ports.free(), LocalKafka.currentClasspath());
    }

    @AfterAll
    static void stopKafka() throws Exception {
        kafka.close();
    }

    @Test
    void aTopicThatCannotBeReadFailsTheReplayWithWhatKafkaSaid() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (TopicReplay replay = new TopicReplay(this::consumer, List.of("not a topic name"), JSON, 10)) {
                assertThatThrownBy(replay::next).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("cannot read the topics")
                        .hasCauseInstanceOf(InvalidTopicException.class);
            }
        });
    }

    @Test
    void closingAReplayThatReadsAheadStopsItsReader() throws Exception {
        String topic = "replay-" + UUID.randomUUID();
        publishCodeStatusChanges(topic, 10);

        TopicReplay replay = new TopicReplay(this::consumer, List.of(topic), JSON, 1);
        assertThat(replay.next()).hasSize(1);
        // Two batches read ahead fill the queue: the reader now waits to hand over the next one.
        replay.close();

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().equals(READER));
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return KafkaClients.consumer(kafka.bootstrapServers(), "replay-test", READER);
    }

    private static void publishCodeStatusChanges(String topic, int count) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(20, TimeUnit.SECONDS);
        }
        UUID patientId = UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = KafkaClients.producer(kafka.bootstrapServers(), "replay-test")) {
            for (int i = 0; i < count; i++) {
                CodeStatusChanged event = new CodeStatusChanged(UUID.randomUUID(), patientId, CareSetting.INPATIENT,
                        CodeStatus.values()[0], null, "Dr. Ira Byock", Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i));
                CloudEventAttributes attributes = CloudEventAttributes.of(UUID.randomUUID(),
                        URI.create("/pallium/inpatient-service"), event);
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, attributes.subject(),
                        JSON.writeValueAsBytes(event));
                attributes.toKafkaHeaders().forEach((name, value) -> record.headers().add(name, value.getBytes(UTF_8)));
                producer.send(record).get(20, TimeUnit.SECONDS);
            }
        }
    }
}
