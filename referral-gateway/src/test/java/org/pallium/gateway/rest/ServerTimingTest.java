package org.pallium.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

/** The gateway tells how long it took to answer an API request, whatever the answer. */
@QuarkusTest
class ServerTimingTest {

    @Test
    void anApiAnswerCarriesTheGatewaysOwnTime() {
        String patientId = ReferralResourceTest.submit(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME"));
        given().get("/api/patients/{id}/timeline", patientId).then().statusCode(200)
                .header("Server-Timing", matchesPattern("app;dur=\\d+\\.\\d{3}"));
        given().get("/api/patients/{id}/timeline", UUID.randomUUID()).then().statusCode(404)
                .header("Server-Timing", matchesPattern("app;dur=\\d+\\.\\d{3}"));
        given().get("/fhir/r4/Patient/{id}/$everything", patientId).then().statusCode(200)
                .header("Server-Timing", matchesPattern("app;dur=\\d+\\.\\d{3}"));
    }

    @Test
    void anAnswerLongerThanAChunkIsSentWholeWithItsLengthSoItsTimeCoversAllOfItsSerialisation() {
        for (int i = 0; i < 12; i++) {
            ReferralResourceTest.submit(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME"));
        }
        Response answer = given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .queryParam("limit", 500).get("/api/referrals");

        assertThat(answer.asByteArray().length).as("longer than the 8 KiB chunk Quarkus would send first").isGreaterThan(8192);
        answer.then().statusCode(200).header("Server-Timing", matchesPattern("app;dur=\\d+\\.\\d{3}"))
                .header("Content-Length", equalTo(Integer.toString(answer.asByteArray().length)))
                .header("Transfer-Encoding", nullValue());
    }

    @Test
    void whatIsNotTheApiCarriesNone() {
        given().get("/q/health").then().header("Server-Timing", nullValue());
    }
}
