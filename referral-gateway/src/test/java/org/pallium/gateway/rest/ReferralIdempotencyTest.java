package org.pallium.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pallium.events.EventType;
import org.pallium.gateway.repository.Referral;

/** A referral is made once, however often the EHR sends it, and however concurrently. */
@QuarkusTest
class ReferralIdempotencyTest {

    @Inject
    EntityManager entityManager;

    /** The two ways an EHR can say "this is the same referral". */
    enum Key {
        REFERRAL_IDENTIFIER,
        IDEMPOTENCY_KEY_HEADER
    }

    @ParameterizedTest
    @EnumSource(Key.class)
    void aRetryReturnsTheOriginalReferral(Key key) {
        String token = UUID.randomUUID().toString();
        Map<String, Object> referral = referral(key, token, "Uncontrolled pain");

        Response first = post(key, token, referral);
        Response retry = post(key, token, referral);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.path("referralId").toString()).isEqualTo(first.path("referralId").toString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(handOffsOf(first.path("referralId"))).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Key.class)
    void theSameKeyWithOtherContentIsAConflictThatWritesNothing(Key key) {
        String token = UUID.randomUUID().toString();
        String referralId = post(key, token, referral(key, token, "Uncontrolled pain")).then().statusCode(201)
                .extract().path("referralId");
        long referralsBefore = referralCount();

        post(key, token, referral(key, token, "Breathlessness")).then()
                .statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Referral key already used"))
                .body("detail", containsString(referralId));

        assertThat(referralCount()).isEqualTo(referralsBefore);
    }

    @ParameterizedTest
    @EnumSource(Key.class)
    void twentyConcurrentPostsOfOneReferralMakeExactlyOne(Key key) throws Exception {
        String token = UUID.randomUUID().toString();
        Map<String, Object> referral = referral(key, token, "Delirium and agitation");
        int clients = 20;
        List<Callable<Response>> posts = IntStream.range(0, clients)
                .<Callable<Response>>mapToObj(i -> () -> post(key, token, referral)).toList();
        List<Response> responses;
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            responses = pool.invokeAll(posts).stream().map(ReferralIdempotencyTest::result).toList();
        }

        assertThat(responses).extracting(Response::statusCode).containsOnly(200, 201)
                .filteredOn(status -> status == 201).hasSize(1);
        List<String> referralIds = responses.stream().map(response -> response.path("referralId").toString()).distinct().toList();
        assertThat(referralIds).hasSize(1);
        assertThat(handOffsOf(referralIds.getFirst())).isEqualTo(1);
    }

    @Test
    void withoutAKeyEachPostIsANewReferral() {
        Map<String, Object> referral = ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "OUTPATIENT");
        String first = given().contentType(ContentType.JSON).body(referral).post("/api/referrals")
                .then().statusCode(201).extract().path("referralId");
        String second = given().contentType(ContentType.JSON).body(referral).post("/api/referrals")
                .then().statusCode(201).extract().path("referralId");

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void theReferralShowsTheEhrsIdentifier() {
        String token = UUID.randomUUID().toString();
        String referralId = post(Key.REFERRAL_IDENTIFIER, token, referral(Key.REFERRAL_IDENTIFIER, token, "Nausea"))
                .then().statusCode(201).extract().path("referralId");

        given().get("/api/referrals/{id}", referralId).then().statusCode(200)
                .body("referralIdentifier.system", equalTo("urn:oid:2.16.840.1.113883.19.5.99"))
                .body("referralIdentifier.value", equalTo(token));
    }

    private static Map<String, Object> referral(Key key, String token, String reason) {
        Map<String, Object> referral = new HashMap<>(ReferralResourceTest.referral("MRN-" + token, "HOME"));
        referral.put("reason", reason);
        if (key == Key.REFERRAL_IDENTIFIER) {
            referral.put("referralIdentifier", Map.of("system", "urn:oid:2.16.840.1.113883.19.5.99", "value", token));
        }
        return referral;
    }

    private static Response post(Key key, String token, Map<String, Object> referral) {
        RequestSpecification request = given().contentType(ContentType.JSON).body(referral);
        if (key == Key.IDEMPOTENCY_KEY_HEADER) {
            request = request.header("Idempotency-Key", token);
        }
        return request.post("/api/referrals");
    }

    /** How many hand-off events the referral has in the outbox: one, or the setting would see it twice. */
    private long handOffsOf(String referralId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE event_type = '" + EventType.REFERRAL_SUBMITTED.typeName() + "'"
                                + " AND payload ->> 'referralId' = ?1")
                .setParameter(1, referralId).getSingleResult()).longValue());
    }

    private static long referralCount() {
        return QuarkusTransaction.requiringNew().call(() -> Referral.count());
    }

    private static Response result(Future<Response> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
