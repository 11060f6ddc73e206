package org.pallium.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.ReferralCancelled;
import org.pallium.events.Topic;
import org.pallium.platform.testing.KafkaEvents;

/** The referrer withdraws a referral: it is final, said once, and told to the setting. */
@QuarkusTest
class ReferralCancellationTest {

    private static final URI HOME_SERVICE = URI.create("/pallium/home-visit-service");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    EntityManager entityManager;

    @Test
    void aCancellationIsFinalKeptInTheHistoryAndPublishedOnce() {
        JsonPath submitted = given().contentType(ContentType.JSON)
                .body(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME"))
                .post("/api/referrals").then().statusCode(201).extract().jsonPath();
        UUID referralId = UUID.fromString(submitted.getString("referralId"));
        UUID patientId = UUID.fromString(submitted.getString("patientId"));

        given().contentType(ContentType.JSON).body(Map.of("reason", "Patient moved to another region"))
                .delete("/api/referrals/{id}", referralId)
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("history[-1].status", equalTo("CANCELLED"))
                .body("history[-1].by", equalTo("referrer"))
                .body("history[-1].reason", equalTo("Patient moved to another region"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "Sent twice")).delete("/api/referrals/{id}", referralId)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        new KafkaEvents(bootstrapServers).publish(HOME_SERVICE,
                new ReferralAccepted(referralId, patientId, CareSetting.HOME, Instant.now()));

        List<KafkaEvents.Received> cancellations = new KafkaEvents(bootstrapServers).read(Topic.REFERRAL_EVENTS,
                received -> received.event() instanceof ReferralCancelled cancelled && cancelled.referralId().equals(referralId),
                found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertThat(cancellations).hasSize(1);
        assertThat(((ReferralCancelled) cancellations.getFirst().event()).reason()).isEqualTo("Patient moved to another region");
        assertThat(cancellations.getFirst().key()).isEqualTo(patientId.toString());
        assertThat(cancellationsInOutbox(referralId)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/patients/{id}/timeline", patientId).then()
                .extract().jsonPath().getList("entries.type", String.class), types -> types.contains("org.pallium.referral.accepted.v1"));
        JsonPath referral = given().get("/api/referrals/{id}", referralId).then().extract().jsonPath();
        assertThat(referral.getString("status")).isEqualTo("CANCELLED");
        assertThat(referral.getList("history.status", String.class)).containsExactly("REQUESTED", "CANCELLED");
    }

    @Test
    void cancellingNeedsAReasonAndAReferralThatExists() {
        given().contentType(ContentType.JSON).body(Map.of("reason", " ")).delete("/api/referrals/{id}", UUID.randomUUID())
                .then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].pointer", equalTo("/reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "Duplicate")).delete("/api/referrals/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private long cancellationsInOutbox(UUID referralId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE event_type = 'org.pallium.referral.cancelled.v1'"
                                + " AND payload ->> 'referralId' = ?1")
                .setParameter(1, referralId.toString()).getSingleResult()).longValue());
    }
}
