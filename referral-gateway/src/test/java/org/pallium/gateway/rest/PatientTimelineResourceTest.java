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
import org.pallium.events.ReferralConcluded;
import org.pallium.events.ReferralFirstVisitCompleted;
import org.pallium.events.ReferralOutcome;
import org.pallium.events.ReferralReceived;
import org.pallium.events.ReferralRejected;
import org.pallium.events.ReferralScheduled;
import org.pallium.events.ReferralTransferred;
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
    void eachStepOfAReferralHasAReadableTitleAndNamesTheClinicianWhoTookIt() {
        UUID patientId = patientWithReferral();
        UUID referralId = UUID.randomUUID();
        Instant day = Instant.parse("2026-03-02T08:00:00Z");
        kafka().publish(HOME_SERVICE, new ReferralScheduled(referralId, patientId, CareSetting.HOME,
                Instant.parse("2026-03-05T14:30:00Z"), "Coordinator Ida Orloff", day));
        kafka().publish(HOME_SERVICE, new ReferralFirstVisitCompleted(referralId, patientId, CareSetting.HOME,
                UUID.randomUUID(), day.plus(3, ChronoUnit.DAYS)));
        kafka().publish(HOME_SERVICE, new ReferralTransferred(referralId, patientId, CareSetting.HOME,
                CareSetting.OUTPATIENT, UUID.randomUUID(), "Moving to the clinic", "Dr. Kathleen Foley",
                day.plus(10, ChronoUnit.DAYS)));
        kafka().publish(HOME_SERVICE, new ReferralConcluded(UUID.randomUUID(), patientId, CareSetting.HOME,
                ReferralOutcome.CLOSED, "Patient died at home", "Nurse Ann Ward", day.plus(11, ChronoUnit.DAYS)));
        kafka().publish(HOME_SERVICE, new ReferralConcluded(UUID.randomUUID(), patientId, CareSetting.OUTPATIENT,
                ReferralOutcome.COMPLETED, "Symptoms controlled", "Dr. Helen Park", day.plus(12, ChronoUnit.DAYS)));
        kafka().publish(HOME_SERVICE, new ReferralRejected(UUID.randomUUID(), patientId, CareSetting.INPATIENT,
                "Not admitted", "Dr. Balfour Mount", day.plus(13, ChronoUnit.DAYS)));

        JsonPath timeline = awaitTimeline(patientId, 7);

        assertThat(timeline.getList("entries.title", String.class).subList(1, 7)).containsExactly(
                "Referral declined by the inpatient team",
                "Care by the outpatient clinic team completed",
                "Referral to the home team closed",
                "Transferred from the home team to the outpatient clinic team",
                "First visit by the home team",
                "First visit with the home team booked for 5 Mar 2026, 14:30 UTC");
        assertThat(timeline.getList("entries.who", String.class).subList(1, 7)).containsExactly(
                "Dr. Balfour Mount", "Dr. Helen Park", "Nurse Ann Ward", "Dr. Kathleen Foley", null,
                "Coordinator Ida Orloff");
        assertThat(timeline.getString("entries[4].link")).endsWith("/api/referrals/" + referralId);
        assertThat(String.join(" ", timeline.getList("entries.title", String.class)))
                .doesNotContain("Moving to the clinic", "Patient died at home", "Not admitted");
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
