package org.pallium.inpatient.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.Discipline;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.Topic;
import org.pallium.events.VisitCompleted;
import org.pallium.platform.config.EventsConfig;
import org.pallium.platform.local.LocalKafka;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.outbox.OutboxRelay;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.SampleReferrals;
import org.pallium.platform.testing.LocalInfrastructureResource;

/** The outbox's promises, against the real broker: nothing lost, nothing doubled, order kept per patient. */
@QuarkusTest
class OutboxDeliveryTest {

    private static final URI GATEWAY = URI.create("/pallium/referral-gateway");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = LocalInfrastructureResource.KAFKA_DIRECTORY)
    String kafkaDirectory;
    @Inject
    OutboxRelay relay;
    @Inject
    Outbox outbox;
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;
    @Inject
    EventsConfig config;

    @Test
    void writesAcceptedWhileKafkaIsDownArriveExactlyOnceAndInOrderForEachPatientWhenItIsBack() {
        List<Consult> consults = List.of(openConsult(), openConsult(), openConsult());
        int writes = 30;
        Map<UUID, List<UUID>> writtenPerPatient = new LinkedHashMap<>();
        LocalKafka kafka = LocalKafka.attach(Path.of(kafkaDirectory));

        kafka.stop();
        try {
            for (int i = 0; i < writes; i++) {
                Consult consult = consults.get(i % consults.size());
                UUID encounterId = recordEncounter(consult.id(), Instant.now().minus(writes - i, ChronoUnit.MINUTES));
                writtenPerPatient.computeIfAbsent(consult.patientId(), patient -> new ArrayList<>()).add(encounterId);
            }
            assertThat(relay.backlog()).isGreaterThanOrEqualTo(writes);
        } finally {
            kafka.start();
        }
        for (Consult consult : consults) {
            writtenPerPatient.get(consult.patientId()).add(recordEncounter(consult.id(), Instant.now()));
        }

        Map<UUID, List<UUID>> publishedPerPatient = readVisitsUntilLastOfEach(writtenPerPatient);
        assertThat(publishedPerPatient).isEqualTo(writtenPerPatient);
        assertThat(relay.backlog()).isZero();
    }

    @Test
    void publishedRowsArePrunedAfterTheirRetentionAndUnpublishedOnesNever() throws Exception {
        Consult consult = openConsult();
        recordEncounter(consult.id(), Instant.now().minusSeconds(60));
        await().atMost(PATIENCE).until(relay::backlog, backlog -> backlog == 0);
        LocalKafka kafka = LocalKafka.attach(Path.of(kafkaDirectory));
        kafka.stop();
        try {
            recordEncounter(consult.id(), Instant.now().minusSeconds(30));

            assertThat(relay.prunePublishedBefore(Instant.now().plusSeconds(1))).isPositive();
            assertThat(relay.backlog()).isEqualTo(1);
            assertThat(relay.prunePublishedBefore(Instant.now().plusSeconds(1))).isZero();
        } finally {
            kafka.start();
        }
        await().atMost(PATIENCE).until(relay::backlog, backlog -> backlog == 0);
    }

    /** Three relays on one database (this service's and two more, as other replicas would run). */
    @Test
    void severalRelaysOnOneDatabasePublishEachEventOnceInOrder() throws Exception {
        OutboxRelay secondReplica = new OutboxRelay(dataSource, json, config);
        OutboxRelay thirdReplica = new OutboxRelay(dataSource, json, config);
        List<UUID> patients = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Map<UUID, List<UUID>> writtenPerPatient = new LinkedHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);

        try (ExecutorService replicas = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> published = List.of(
                    replicas.submit(() -> publishWhile(secondReplica, writing)),
                    replicas.submit(() -> publishWhile(thirdReplica, writing)));
            Instant start = Instant.now().minus(1, ChronoUnit.DAYS);
            for (int i = 0; i < 200; i++) {
                UUID patient = patients.get(i % patients.size());
                VisitCompleted visit = new VisitCompleted(UUID.randomUUID(), patient, CareSetting.INPATIENT, "IMP",
                        "Dr. Relay", Discipline.PHYSICIAN, start.plusSeconds(i), start.plusSeconds(i + 60));
                QuarkusTransaction.requiringNew().run(() -> outbox.record(visit));
                writtenPerPatient.computeIfAbsent(patient, key -> new ArrayList<>()).add(visit.visitId());
            }
            writing.set(false);
            for (Future<Integer> replica : published) {
                replica.get();
            }
        } finally {
            secondReplica.close();
            thirdReplica.close();
        }

        Map<UUID, List<UUID>> publishedPerPatient = readVisitsUntilLastOfEach(writtenPerPatient);
        assertThat(publishedPerPatient).isEqualTo(writtenPerPatient);
        await().atMost(PATIENCE).until(relay::backlog, backlog -> backlog == 0);
    }

    private static int publishWhile(OutboxRelay replica, AtomicBoolean writing) {
        int published = 0;
        while (writing.get() || replica.backlog() > 0) {
            published += replica.publishBatch();
        }
        return published;
    }

    /**
     * Reads the visit topic until the last written visit of each patient has arrived; a copy of an
     * earlier one would have arrived before it, on the same partition.
     */
    private Map<UUID, List<UUID>> readVisitsUntilLastOfEach(Map<UUID, List<UUID>> written) {
        Set<String> patients = written.keySet().stream().map(UUID::toString).collect(Collectors.toSet());
        Set<UUID> lasts = written.values().stream().map(List::getLast).collect(Collectors.toSet());
        List<KafkaEvents.Received> received = new KafkaEvents(bootstrapServers).read(Topic.VISIT_EVENTS,
                record -> patients.contains(record.key()),
                found -> found.stream().map(record -> ((VisitCompleted) record.event()).visitId())
                        .collect(Collectors.toSet()).containsAll(lasts),
                PATIENCE);
        Map<UUID, List<UUID>> perPatient = new LinkedHashMap<>();
        for (UUID patient : written.keySet()) {
            perPatient.put(patient, received.stream()
                    .map(record -> (VisitCompleted) record.event())
                    .filter(visit -> visit.patientId().equals(patient))
                    .map(VisitCompleted::visitId).toList());
        }
        return perPatient;
    }

    private record Consult(String id, UUID patientId) {
    }

    private final Set<String> seenConsults = new HashSet<>();

    /** A consult whose referral the team accepted, so that it takes encounters. */
    private Consult openConsult() {
        ReferralSubmitted referral = SampleReferrals.submitted(CareSetting.INPATIENT, UUID.randomUUID(), "Delirium");
        new KafkaEvents(bootstrapServers).publish(GATEWAY, referral);
        String consultId = await().atMost(PATIENCE).until(() -> given().queryParam("referralId", referral.referralId())
                .get("/api/consults").then().extract().jsonPath().getString("[0].id"), id -> id != null);
        given().contentType(ContentType.JSON).body(Map.of("clinician", "Dr. Outage"))
                .post("/api/referrals/{id}/acceptance", referral.referralId())
                .then().statusCode(200);
        return new Consult(consultId, referral.patientId());
    }

    /** A consult's first encounter is its initial consult, every later one a follow-up. */
    private UUID recordEncounter(String consultId, Instant started) {
        UUID encounterId = UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(Map.of("id", encounterId, "kind", seenConsults.add(consultId) ? "INITIAL_CONSULT" : "FOLLOW_UP", "clinician", "Dr. Outage", "discipline", "PHYSICIAN",
                        "startedAt", started.toString(), "endedAt", started.plusSeconds(30).toString()))
                .post("/api/consults/{id}/encounters", consultId)
                .then().statusCode(201);
        return encounterId;
    }
}
