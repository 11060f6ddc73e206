package org.pallium.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pallium.events.Topic;
import org.pallium.platform.local.LocalSuite;
import org.pallium.platform.local.SuiteService;
import org.pallium.platform.messaging.KafkaClients;

/**
 * How long a visit takes, from the commit that the visit API acknowledges, to reach Kafka (the
 * outbox relay's delay) and to appear on the patient's timeline at the gateway. Prints the figures;
 * asserts only that every visit arrived. Run it with {@code ./mvnw verify -Pbenchmark}.
 */
@ExtendWith(SuiteExtension.class)
class VisitLatencyBenchmark {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalSuite suite;

    VisitLatencyBenchmark(LocalSuite suite) {
        this.suite = suite;
    }

    @Test
    void visitCommitToKafkaAndToTimeline() throws Exception {
        String patientId = admittedHomePatient(suite);
        Map<String, Long> arrivedOnKafka = new ConcurrentHashMap<>();
        CountDownLatch listening = new CountDownLatch(1);
        Thread listener = Thread.ofPlatform().daemon().start(() -> listen(arrivedOnKafka, listening));
        assertThat(listening.await(30, TimeUnit.SECONDS)).isTrue();

        List<Long> toKafka = new ArrayList<>();
        List<Long> toTimeline = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            Instant started = Instant.now().minus(1, ChronoUnit.HOURS).plusMillis(i);
            long committed = System.nanoTime();
            String visitId = given().contentType(ContentType.JSON)
                    .body(Map.of("patientId", patientId, "clinician", "Nurse Bench", "discipline", "NURSE",
                            "startedAt", started.toString(), "endedAt", started.plusSeconds(1800).toString()))
                    .post(suite.url(SuiteService.HOME_VISIT).resolve("/api/visits").toString())
                    .then().statusCode(201).extract().path("id");
            committed = (committed + System.nanoTime()) / 2;
            awaitOnTimeline(patientId, visitId);
            long onTimeline = System.nanoTime();
            Long onKafka = await().atMost(Duration.ofSeconds(30)).until(() -> arrivedOnKafka.get(visitId), at -> at != null);
            if (i >= WARM_UP) {
                toKafka.add(onKafka - committed);
                toTimeline.add(onTimeline - committed);
            }
        }
        listener.interrupt();

        report("visit commit -> on Kafka (outbox relay)", toKafka);
        report("visit commit -> on the gateway timeline", toTimeline);
        assertThat(toTimeline).hasSize(MEASURED);
    }

    private void listen(Map<String, Long> arrived, CountDownLatch listening) {
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(suite.kafkaBootstrapServers(),
                "benchmark-" + UUID.randomUUID(), "benchmark")) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topic.VISIT_EVENTS.topicName()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            listening.countDown();
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    arrived.putIfAbsent(visitIdOf(record.value()), now);
                }
            }
        } catch (org.apache.kafka.common.errors.InterruptException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String visitIdOf(byte[] visitCompleted) {
        try {
            return JSON.readTree(visitCompleted).get("visitId").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitOnTimeline(String patientId, String visitId) {
        String timeline = suite.url(SuiteService.REFERRAL_GATEWAY).resolve("/api/patients/" + patientId + "/timeline?limit=5").toString();
        await().pollInterval(Duration.ofMillis(2)).pollDelay(Duration.ZERO).atMost(Duration.ofSeconds(30))
                .until(() -> given().get(timeline).then().extract().jsonPath().getList("entries.link", String.class)
                        .stream().anyMatch(link -> link.endsWith(visitId)));
    }

    /** A patient that the home programme admitted: its visits are accepted and reach the timeline. */
    static String admittedHomePatient(LocalSuite suite) {
        Map<String, Object> referral = ReferralRequests.referral("BENCH-" + UUID.randomUUID(), "HOME");
        var created = given().contentType(ContentType.JSON).body(referral)
                .post(suite.url(SuiteService.REFERRAL_GATEWAY).resolve("/api/referrals").toString())
                .then().statusCode(201).extract().jsonPath();
        String referralId = created.getString("referralId");
        String referralUrl = suite.url(SuiteService.REFERRAL_GATEWAY).resolve("/api/referrals/" + referralId).toString();
        await().atMost(Duration.ofSeconds(60)).until(() -> given().get(referralUrl).then().extract().path("status"), "RECEIVED"::equals);
        given().contentType(ContentType.JSON).body(Map.of("clinician", "Nurse Bench"))
                .post(suite.url(SuiteService.HOME_VISIT).resolve("/api/referrals/" + referralId + "/acceptance").toString())
                .then().statusCode(200);
        return created.getString("patientId");
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("[benchmark] %-42s n=%d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", what,
                sorted.size(), millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
                sorted.getLast() / 1e6);
    }

    /** The percentile of sorted nanoseconds, in milliseconds. */
    static double millis(List<Long> sorted, double percentile) {
        return sorted.get((int) Math.ceil(percentile * sorted.size()) - 1) / 1e6;
    }
}
