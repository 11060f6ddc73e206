package org.pallium.gateway.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.Discipline;
import org.pallium.events.VisitCompleted;
import org.pallium.gateway.repository.TimelineEntry;
import org.pallium.platform.messaging.KafkaClients;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.LocalInfrastructureResource;

/**
 * The consumer applies a poll's events together, and falls back to one at a time when one fails:
 * the events before the failing one are kept, the ones after it wait, and each lands once. Replicas
 * joining and leaving the group move partitions without losing, repeating or reordering events. The
 * gateway itself runs a consumer per configured thread, which share the partitions as replicas do.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
class CareEventConsumptionTest {

    private static final URI HOME_SERVICE = URI.create("/pallium/home-visit-service");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "pallium.events.consumer.group-id")
    String consumerGroup;

    @ConfigProperty(name = "pallium.events.consumer.topics")
    List<String> consumerTopics;

    @ConfigProperty(name = "pallium.events.consumer.threads")
    int consumerThreads;

    @Inject
    EntityManager entityManager;

    @Test
    void aFailingEventHoldsBackOnlyThePatientsLaterEventsAndEachLandsOnce() {
        UUID patientId = UUID.randomUUID();
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<VisitCompleted> visits = List.of(visit(patientId, start), visit(patientId, start.plusSeconds(3600)),
                visit(patientId, start.plusSeconds(7200)));
        UUID failing = visits.get(1).visitId();
        refuseTimelineEntriesLinkingTo(failing);
        try {
            KafkaEvents kafka = new KafkaEvents(bootstrapServers);
            List<CloudEventAttributes> published = visits.stream().map(visit -> kafka.publish(HOME_SERVICE, visit)).toList();
            kafka.publish(published.get(0), visits.get(0));

            await().atMost(Duration.ofSeconds(30)).until(() -> timelineOf(patientId).size() == 1);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> timelineOf(patientId).size() == 1);
            assertThat(timelineOf(patientId)).singleElement()
                    .satisfies(entry -> assertThat(entry.sourceUrl).endsWith(visits.get(0).visitId().toString()));
        } finally {
            allowTimelineEntries();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> timelineOf(patientId).size() == 3);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> timelineOf(patientId).size() == 3);
    }

    /**
     * A second replica joins the gateway's group mid-stream, takes partitions, applies nothing and
     * leaves without committing, as one that dies would: each patient's events still land once each,
     * in the order they were published, and the gateway's consumer goes on after both rebalances.
     */
    @Test
    void aReplicaJoiningAndLeavingTheGroupMidStreamLosesReordersAndRepeatsNothing() throws Exception {
        List<UUID> patients = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        KafkaEvents kafka = new KafkaEvents(bootstrapServers);
        Map<UUID, List<UUID>> publishedVisits = new HashMap<>();
        AtomicInteger published = new AtomicInteger();
        Runnable publishRound = () -> {
            for (UUID patientId : patients) {
                // Each newer visit is published later but happened earlier, so arrival order is not clinical order.
                VisitCompleted visit = visit(patientId, start.minusSeconds(60L * published.incrementAndGet()));
                kafka.publish(HOME_SERVICE, visit);
                publishedVisits.computeIfAbsent(patientId, id -> new ArrayList<>()).add(visit.visitId());
            }
        };

        for (int round = 0; round < 5; round++) {
            publishRound.run();
        }
        try (KafkaConsumer<String, byte[]> rival = KafkaClients.consumer(bootstrapServers, consumerGroup, "rival-replica")) {
            rival.subscribe(consumerTopics);
            Instant until = Instant.now().plusSeconds(8);
            int round = 0;
            while (Instant.now().isBefore(until)) {
                rival.poll(Duration.ofMillis(200));
                if (round++ % 4 == 0) {
                    publishRound.run();
                }
            }
            assertThat(rival.assignment()).as("the second replica took partitions of the gateway's").isNotEmpty();
        }
        for (int round = 0; round < 5; round++) {
            publishRound.run();
        }

        for (UUID patientId : patients) {
            List<String> expected = publishedVisits.get(patientId).stream().map(UUID::toString).toList();
            await().atMost(Duration.ofSeconds(60)).until(() -> timelineOf(patientId).size() >= expected.size());
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> timelineOf(patientId).size() == expected.size());
            assertThat(timelineOf(patientId).stream()
                    .sorted(Comparator.comparing((TimelineEntry entry) -> entry.arrival))
                    .map(entry -> entry.sourceUrl.substring(entry.sourceUrl.lastIndexOf('/') + 1)).toList())
                    .as("the patient's visits, in the order they arrived on the timeline")
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void eachConsumerOfTheGatewayHasPartitionsOfItsOwnAndTogetherTheyHaveThemAll() {
        assertThat(consumerThreads).as("the gateway's configuration").isGreaterThan(1);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<MemberDescription> consumers = admin.describeConsumerGroups(List.of(consumerGroup))
                        .describedGroups().get(consumerGroup).get().members().stream()
                        .filter(member -> member.clientId().startsWith(consumerGroup + "/pallium/referral-gateway-"))
                        .toList();
                assertThat(consumers).as("a consumer per thread").hasSize(consumerThreads);
                assertThat(consumers).as("each with partitions of its own")
                        .allSatisfy(member -> assertThat(member.assignment().topicPartitions()).isNotEmpty());
                List<TopicPartition> assigned = consumers.stream()
                        .flatMap(member -> member.assignment().topicPartitions().stream()).toList();
                assertThat(assigned).as("every partition of the topics, each to one consumer")
                        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(partitionsOf(admin));
            });
        }
    }

    private Set<TopicPartition> partitionsOf(Admin admin) throws Exception {
        return admin.describeTopics(consumerTopics).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream().map(partition -> new TopicPartition(topic.name(),
                        partition.partition())))
                .collect(Collectors.toSet());
    }

    private static VisitCompleted visit(UUID patientId, Instant startedAt) {
        return new VisitCompleted(UUID.randomUUID(), patientId, CareSetting.HOME, "HH", "Nurse Kim", Discipline.NURSE,
                startedAt, startedAt.plusSeconds(1800));
    }

    /** Stands in for a handler that fails on one event: the database refuses its timeline entry. */
    private void refuseTimelineEntriesLinkingTo(UUID visitId) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    CREATE OR REPLACE FUNCTION refuse_one_visit() RETURNS trigger AS $$
                    BEGIN
                        IF NEW.source_url LIKE '%%%s' THEN RAISE EXCEPTION 'refused for the test'; END IF;
                        RETURN NEW;
                    END $$ LANGUAGE plpgsql""".formatted(visitId)).executeUpdate();
            entityManager.createNativeQuery("""
                    CREATE TRIGGER refuse_one_visit BEFORE INSERT ON timeline_entry
                    FOR EACH ROW EXECUTE FUNCTION refuse_one_visit()""").executeUpdate();
        });
    }

    private void allowTimelineEntries() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("DROP TRIGGER refuse_one_visit ON timeline_entry").executeUpdate());
    }

    private static List<TimelineEntry> timelineOf(UUID patientId) {
        return QuarkusTransaction.requiringNew().call(() -> TimelineEntry.<TimelineEntry>list("patientId", patientId));
    }
}
