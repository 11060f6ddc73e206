package org.pallium.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pallium.events.Topic;
import org.pallium.platform.messaging.KafkaClients;

class LocalKafkaTest {

    @TempDir
    Path directory;

    @Test
    void runsARealBrokerWithThePalliumTopicsAndSurvivesARestart() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(directory, Ports.free(), Ports.free(), LocalKafka.currentClasspath())) {
            String topic = Topic.VISIT_EVENTS.topicName();
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                assertThat(admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS)
                        .get(topic).partitions()).hasSize(LocalKafka.PARTITIONS);
            }
            send(kafka, topic, "before restart");

            LocalKafka attached = LocalKafka.attach(directory);
            attached.stop();
            assertThat(attached.isRunning()).isFalse();
            attached.start();
            send(kafka, topic, "after restart");

            assertThat(readAll(kafka, topic, 2)).containsExactly("before restart", "after restart");
        }
        assertThat(LocalKafka.attach(directory).isRunning()).isFalse();
    }

    private static void send(LocalKafka kafka, String topic, String value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = KafkaClients.producer(kafka.bootstrapServers(), "test")) {
            producer.send(new ProducerRecord<>(topic, "patient-1", value.getBytes())).get(20, TimeUnit.SECONDS);
        }
    }

    private static List<String> readAll(LocalKafka kafka, String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(kafka.bootstrapServers(), "reader", "reader")) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(new String(record.value()));
                }
            }
        }
        return values;
    }
}
