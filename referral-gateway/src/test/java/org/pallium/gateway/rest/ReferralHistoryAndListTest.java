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
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.ReferralReceived;
import org.pallium.platform.testing.KafkaEvents;

@QuarkusTest
class ReferralHistoryAndListTest {

    private static final URI HOME_SERVICE = URI.create("/pallium/home-visit-service");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aReferralShowsEveryStatusItHasHadWhenAndByWhom() {
        JsonPath submitted = submit(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME"));
        UUID referralId = UUID.fromString(submitted.getString("referralId"));
        UUID patientId = UUID.fromString(submitted.getString("patientId"));
        assertThat(given().get("/api/referrals/{id}", referralId).then().extract().jsonPath()
                .getList("history.status", String.class)).containsExactly("REQUESTED");
        Instant received = Instant.now().truncatedTo(ChronoUnit.MICROS);
        KafkaEvents kafka = new KafkaEvents(bootstrapServers);
        kafka.publish(HOME_SERVICE, new ReferralReceived(referralId, patientId, CareSetting.HOME, received));
        kafka.publish(HOME_SERVICE, new ReferralAccepted(referralId, patientId, CareSetting.HOME, received.plusMillis(5)));
        awaitStatus(referralId, "ACCEPTED");

        kafka.publish(HOME_SERVICE, new ReferralReceived(referralId, patientId, CareSetting.HOME, received.plusSeconds(1)));
        UUID marker = UUID.fromString(submit(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME")).getString("referralId"));
        kafka.publish(HOME_SERVICE, new ReferralReceived(marker, patientId, CareSetting.HOME, Instant.now()));
        awaitStatus(marker, "RECEIVED");

        JsonPath referral = given().get("/api/referrals/{id}", referralId).then().statusCode(200).extract().jsonPath();
        assertThat(referral.getList("history.status", String.class)).containsExactly("REQUESTED", "RECEIVED", "ACCEPTED");
        assertThat(referral.getList("history.by", String.class))
                .containsExactly("Dr. Cicely Saunders", HOME_SERVICE.toString(), HOME_SERVICE.toString());
        assertThat(Instant.parse(referral.getString("history[1].at"))).isEqualTo(received);
        assertThat(referral.getString("status")).isEqualTo("ACCEPTED");
    }

    @Test
    void theListFiltersAndPagesEachReferralExactlyOnceNewestFirst() {
        String mrn = "MRN-" + UUID.randomUUID();
        List<String> submitted = new ArrayList<>();
        for (String setting : List.of("HOME", "OUTPATIENT", "HOME", "INPATIENT", "HOME")) {
            submitted.add(submit(ReferralResourceTest.referral(mrn, setting)).getString("referralId"));
        }
        String patientId = given().get("/api/referrals/{id}", submitted.getFirst()).then().extract().path("patientId");

        List<String> listed = new ArrayList<>();
        String next = "/api/referrals?patientId=" + patientId + "&limit=2";
        int pages = 0;
        while (next != null) {
            JsonPath page = given().get(next).then().statusCode(200).extract().jsonPath();
            listed.addAll(page.getList("referrals.referralId", String.class));
            assertThat(page.getList("referrals.history")).containsOnlyNulls();
            next = page.getString("next");
            pages++;
        }
        assertThat(listed).containsExactlyElementsOf(submitted.reversed());
        assertThat(pages).isEqualTo(3);

        assertThat(given().get("/api/referrals?patientId={p}&setting=HOME", patientId).then().extract().jsonPath()
                .getList("referrals.referralId", String.class))
                .containsExactly(submitted.get(4), submitted.get(2), submitted.get(0));
        assertThat(given().get("/api/referrals?patientId={p}&status=ACCEPTED", patientId).then().extract().jsonPath()
                .getList("referrals")).isEmpty();
    }

    @Test
    void aCursorThatThisListDidNotGiveOutIsRefused() {
        JsonPath referral = submit(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME"));
        String patientId = referral.getString("patientId");
        // A second entry, so that the timeline's first page of one has a next page.
        new KafkaEvents(bootstrapServers).publish(HOME_SERVICE, new ReferralReceived(
                UUID.fromString(referral.getString("referralId")), UUID.fromString(patientId), CareSetting.HOME, Instant.now()));
        String timelineNext = await().atMost(Duration.ofSeconds(30)).until(() -> given()
                .get("/api/patients/{id}/timeline?limit=1", patientId).then().extract().jsonPath().getString("next"),
                Objects::nonNull);
        String timelineCursor = timelineNext.replaceAll(".*[?&]cursor=([^&]+).*", "$1");

        given().get("/api/referrals?cursor=bm9wZQ").then().statusCode(400).body("title", equalTo("Invalid cursor"));
        given().get("/api/referrals?cursor={c}", timelineCursor).then().statusCode(400).body("title", equalTo("Invalid cursor"));
    }

    private static JsonPath submit(Map<String, Object> referral) {
        return given().contentType(ContentType.JSON).body(referral).post("/api/referrals")
                .then().statusCode(201).extract().jsonPath();
    }

    private static void awaitStatus(UUID referralId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(
                () -> given().get("/api/referrals/{id}", referralId).then().extract().path("status"), status::equals);
    }
}
