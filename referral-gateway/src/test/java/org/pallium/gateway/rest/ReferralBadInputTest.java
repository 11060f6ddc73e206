package org.pallium.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.pallium.gateway.repository.Referral;

/** What an integration engineer sees when a referral is wrong: a 4xx that says what, and nothing written. */
@QuarkusTest
class ReferralBadInputTest {

    @Test
    void malformedJsonIsA400ThatSaysWhere() {
        given().contentType(ContentType.JSON).body("{\"patient\": {\"name\": \"Ada\",}")
                .post("/api/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].pointer", equalTo("/patient"))
                .body("violations[0].message", startsWith("is not valid JSON (line 1, column"));
        given().contentType(ContentType.JSON).body("not json at all")
                .post("/api/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].pointer", equalTo(""))
                .body("violations[0].message", startsWith("is not valid JSON (line 1, column"));
    }

    @Test
    void aWronglyTypedFieldIsNamedByItsJsonPointer() {
        Map<String, Object> referral = new HashMap<>(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME"));
        referral.put("patient", Map.of("identifier", Map.of("system", "s", "value", Map.of("nested", true)), "name", "Ada"));

        given().contentType(ContentType.JSON).body(referral).post("/api/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].pointer", equalTo("/patient/identifier/value"));
    }

    @Test
    void aWrongMediaTypeIs415() {
        given().contentType(ContentType.XML).body("<referral/>").post("/api/referrals")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void aBodyOverTheDocumentedLimitIs413AndWritesNothing() {
        long before = referralCount();
        Map<String, Object> referral = new HashMap<>(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME"));
        referral.put("reason", "x".repeat(1_100_000));

        given().contentType(ContentType.JSON).body(referral).post("/api/referrals")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413));

        assertThat(referralCount()).isEqualTo(before);
    }

    @Test
    void aBadHeaderOrQueryParameterIsNamedAsTheClientSentIt() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k".repeat(201))
                .body(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME"))
                .post("/api/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].parameter", equalTo("Idempotency-Key"));
        given().get("/api/patients/{id}/timeline?limit=0", UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].parameter", equalTo("limit"));
    }

    private static long referralCount() {
        return QuarkusTransaction.requiringNew().call(() -> Referral.count());
    }
}
