package org.pallium.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.Discipline;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.ReferralReceived;
import org.pallium.events.VisitCompleted;
import org.pallium.gateway.repository.TimelineEntry;
import org.pallium.platform.testing.KafkaEvents;

@QuarkusTest
class PatientTimelineResourceTest {

    private static final URI HOME_SERVICE = URI.create("/pallium/home-visit-service");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everySettingsEventsLandOnOneTimelineNewestFirstByClinicalTime() {
        String mrn = "MRN-" + UUID.randomUUID();
        String referralId = given().contentType("application/json").body(ReferralResourceTest.referral(mrn, "HOME"))
                .post("/api/referrals").then().statusCode(201).extract().path("referralId");
        UUID patientId = UUID.fromString(given().get("/api/referrals/{id}", referralId).then().extract().path("patientId"));
        Instant accepted = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        kafka().publish(HOME_SERVICE, new ReferralReceived(UUID.fromString(referralId), patientId, CareSetting.HOME, accepted));
        kafka().publish(HOME_SERVICE, new ReferralAccepted(UUID.fromString(referralId), patientId, CareSetting.HOME, accepted));
        Instant visitedYesterday = accepted.minus(1, ChronoUnit.DAYS);
        UUID visitId = UUID.randomUUID();
        kafka().publish(HOME_SERVICE, new VisitCompleted(visitId, patientId, CareSetting.HOME, "HH", "Nurse Ratched",
                Discipline.NURSE, visitedYesterday, visitedYesterday.plus(45, ChronoUnit.MINUTES)));

        JsonPath timeline = awaitTimeline(patientId, 4);

        assertThat(timeline.getList("entries.type", String.class)).containsExactly(
                "org.pallium.referral.accepted.v1", "org.pallium.referral.received.v1",
                "org.pallium.referral.submitted.v2", "org.pallium.visit.completed.v1");
        assertThat(timeline.getString("entries[3].title")).isEqualTo("Home visit by nurse, 45 min");
        assertThat(timeline.getString("entries[3].who")).isEqualTo("Nurse Ratched");
        assertThat(timeline.getString("entries[3].link")).isEqualTo("http://127.0.0.1:8083/api/visits/" + visitId);
        assertThat(Instant.parse(timeline.getString("entries[3].occurredAt"))).isEqualTo(visitedYesterday);
        assertThat(timeline.getString("entries[2].link")).startsWith("http://").endsWith("/api/referrals/" + referralId);
        given().get("/api/referrals/{id}", referralId).then().body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aRedeliveredEventAddsNothing() {
        UUID patientId = patientWithReferral();
        VisitCompleted visit = new VisitCompleted(UUID.randomUUID(), patientId, CareSetting.HOME, "HH", "Nurse A",
                Discipline.NURSE, Instant.now().minusSeconds(7200), Instant.now().minusSeconds(3600));
        CloudEventAttributes attributes = kafka().publish(HOME_SERVICE, visit);
        awaitTimeline(patientId, 2);

        kafka().publish(attributes, visit);
        kafka().publish(HOME_SERVICE, new ReferralReceived(UUID.randomUUID(), patientId, CareSetting.HOME, Instant.now()));
        JsonPath timeline = awaitTimeline(patientId, 3);

        assertThat(timeline.getList("entries.eventId", String.class)).containsOnlyOnce(attributes.id().toString());
        assertThat(QuarkusTransaction.requiringNew().call(() -> TimelineEntry.count("patientId", patientId))).isEqualTo(3);
    }

    @Test
    void followingNextReachesTheOldestEventEachExactlyOnceWhileNewEventsArrive() {
        UUID patientId = patientWithReferral();
        Instant start = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<String> visitIds = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            UUID visitId = UUID.randomUUID();
            visitIds.add(visitId.toString());
            Instant started = start.plus(day, ChronoUnit.DAYS);
            kafka().publish(HOME_SERVICE, new VisitCompleted(visitId, patientId, CareSetting.HOME, "HH", "Nurse B",
                    Discipline.NURSE, started, started.plusSeconds(1800)));
        }
        awaitTimeline(patientId, 8);

        List<String> seen = new ArrayList<>();
        String next = "/api/patients/" + patientId + "/timeline?limit=3";
        int pages = 0;
        while (next != null) {
            JsonPath page = given().get(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("entries.eventId", String.class));
            next = page.getString("next");
            pages++;
            if (pages == 1) {
                kafka().publish(HOME_SERVICE, new ReferralReceived(UUID.randomUUID(), patientId, CareSetting.HOME, Instant.now()));
                awaitTimeline(patientId, 9);
            }
        }

        assertThat(seen).doesNotHaveDuplicates().hasSize(8);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void badPagingIsRefusedAndAnUnknownPatientIsNotFound() {
        UUID patientId = patientWithReferral();
        given().get("/api/patients/{id}/timeline?limit=501", patientId).then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/patients/{id}/timeline?cursor=bm9wZQ", patientId).then().statusCode(400)
                .body("title", equalTo("Invalid cursor"));
        given().get("/api/patients/{id}/timeline", UUID.randomUUID()).then().statusCode(404);
    }

    private KafkaEvents kafka() {
        return new KafkaEvents(bootstrapServers);
    }

    private static UUID patientWithReferral() {
        String patientId = ReferralResourceTest.submit(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME"));
        awaitTimeline(UUID.fromString(patientId), 1);
        return UUID.fromString(patientId);
    }

    private static JsonPath awaitTimeline(UUID patientId, int entries) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> given().get("/api/patients/{id}/timeline", patientId).then().statusCode(200).extract().jsonPath(),
                timeline -> timeline.getList("entries").size() >= entries);
    }
}
