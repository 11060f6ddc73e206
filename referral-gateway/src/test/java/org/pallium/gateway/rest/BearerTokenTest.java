package org.pallium.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.platform.local.DevIssuer;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.TestTokens;

/**
 * Every endpoint of the gateway but its descriptions needs a valid bearer token, and each role
 * reaches only its own endpoints. A refusal is a 401 with a bearer challenge, or a 403: never a
 * 500, and under the FHIR endpoint an OperationOutcome.
 */
@QuarkusTest
class BearerTokenTest {

    /** One call of each endpoint, as its users make it. */
    private record Call(String method, String path, String contentType, String body) {

        Response as(RequestSpecification request) {
            if (contentType != null) {
                request.contentType(contentType).body(body);
            }
            return request.request(method, path);
        }

        boolean isFhir() {
            return path.startsWith("/fhir/");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final UUID ANY = UUID.randomUUID();
    private static final String REFERRAL = "{\"patient\": {}}";
    private static final String SERVICE_REQUEST = "{\"resourceType\": \"ServiceRequest\", \"id\": \"" + ANY + "\"}";

    private static final Call SUBMIT = new Call("POST", "/api/referrals", "application/json", REFERRAL);
    private static final Call READ = new Call("GET", "/api/referrals/" + ANY, null, null);
    private static final Call LIST = new Call("GET", "/api/referrals", null, null);
    private static final Call CANCEL = new Call("DELETE", "/api/referrals/" + ANY, "application/json", "{\"reason\": \"x\"}");
    private static final Call TIMELINE = new Call("GET", "/api/patients/" + ANY + "/timeline", null, null);
    private static final Call REGISTER_PATIENT = new Call("POST", "/api/patients", "application/json", "{}");
    private static final Call FHIR_SUBMIT = new Call("POST", "/fhir/r4/ServiceRequest", "application/fhir+json", SERVICE_REQUEST);
    private static final Call FHIR_READ = new Call("GET", "/fhir/r4/ServiceRequest/" + ANY, null, null);
    private static final Call FHIR_REVOKE = new Call("PUT", "/fhir/r4/ServiceRequest/" + ANY, "application/fhir+json", SERVICE_REQUEST);
    private static final Call TASK_SEARCH = new Call("GET", "/fhir/r4/Task?based-on=ServiceRequest/" + ANY, null, null);
    private static final Call TASK_READ = new Call("GET", "/fhir/r4/Task/" + ANY, null, null);
    private static final Call AUDIT = new Call("GET", "/api/audit", null, null);

    private static final List<Call> EVERY_PROTECTED_CALL = List.of(SUBMIT, READ, LIST, CANCEL, TIMELINE, REGISTER_PATIENT,
            FHIR_SUBMIT, FHIR_READ, FHIR_REVOKE, TASK_SEARCH, TASK_READ, AUDIT);

    @Test
    void withoutATokenEveryEndpointButTheDescriptionsAnswers401WithABearerChallenge() {
        for (Call call : EVERY_PROTECTED_CALL) {
            Response response = call.as(given().header("Authorization", ""));

            assertRefused(call, response, 401);
            assertThat(response.header("WWW-Authenticate")).as(call.toString()).isEqualTo("Bearer realm=\"pallium\"");
        }
        given().header("Authorization", "").get("/fhir/r4/metadata").then().statusCode(200);
        given().header("Authorization", "").get("/q/openapi").then().statusCode(200);
    }

    @Test
    void aTokenThatIsExpiredForeignOrForAnotherIssuerOrAudienceIs401NeverA500() {
        KeyPair foreign = DevIssuer.newKeyPair();
        Map<String, String> refused = Map.of(
                "expired", TestTokens.issuer().token("ehr-late", List.of(Roles.EHR_SYSTEM), Optional.empty(),
                        Duration.ofMinutes(-10)),
                "signed by another key", DevIssuer.sign(claims(DevIssuer.ISSUER, DevIssuer.AUDIENCE), foreign.getPrivate()),
                "from another issuer", TestTokens.issuer().sign(claims("https://issuer.example.org", DevIssuer.AUDIENCE)),
                "for another audience", TestTokens.issuer().sign(claims(DevIssuer.ISSUER, "another-api")),
                "not a token", "not-a-jwt");
        refused.forEach((why, token) -> {
            for (Call call : List.of(SUBMIT, READ, TIMELINE, FHIR_READ, TASK_SEARCH)) {
                Response response = call.as(given().header("Authorization", "Bearer " + token));

                assertRefused(call, response, 401);
                assertThat(response.header("WWW-Authenticate")).as(why + ": " + call)
                        .isEqualTo("Bearer realm=\"pallium\", error=\"invalid_token\"");
            }
        });
        assertThat(READ.as(given().header("Authorization", "Bearer " + TestTokens.issuer()
                .sign(claims(DevIssuer.ISSUER, DevIssuer.AUDIENCE)))).statusCode()).isEqualTo(404);
    }

    @Test
    void aValidTokenWithoutAPalliumRoleIsForbiddenEverywhere() {
        String visitor = TestTokens.as("visitor", "visitor", Optional.empty());
        for (Call call : EVERY_PROTECTED_CALL) {
            assertRefused(call, call.as(given().header("Authorization", "Bearer " + visitor)), 403);
        }
    }

    @Test
    void eachRoleReachesOnlyItsOwnEndpoints() {
        assertOnly(TestTokens.as("ehr-stmarys", Roles.EHR_SYSTEM, Optional.empty()), List.of(SUBMIT, READ, LIST, CANCEL,
                REGISTER_PATIENT, FHIR_SUBMIT, FHIR_READ, FHIR_REVOKE, TASK_SEARCH, TASK_READ));
        assertOnly(TestTokens.as("dr-ada", Roles.CLINICIAN, Optional.of(CareSetting.OUTPATIENT)),
                List.of(READ, LIST, TIMELINE, REGISTER_PATIENT, FHIR_READ, TASK_SEARCH, TASK_READ));
        assertOnly(TestTokens.coordinator(), List.of(SUBMIT, READ, LIST, CANCEL, TIMELINE, REGISTER_PATIENT, FHIR_SUBMIT,
                FHIR_READ, FHIR_REVOKE, TASK_SEARCH, TASK_READ));
        assertOnly(TestTokens.as("nurse-ann", Roles.HOME_NURSE, Optional.empty()), List.of());
        assertOnly(TestTokens.as("auditor-ida", Roles.AUDITOR, Optional.empty()), List.of(AUDIT));
        assertOnly(TestTokens.as("admin-max", Roles.ADMIN, Optional.empty()), List.of());
    }

    /** A role's own calls pass the role check (whatever they then answer); every other is a 403. */
    private static void assertOnly(String token, List<Call> allowed) {
        for (Call call : EVERY_PROTECTED_CALL) {
            Response response = call.as(given().header("Authorization", "Bearer " + token));
            if (allowed.contains(call)) {
                assertThat(response.statusCode()).as(call + ": " + response.asString()).isNotIn(401, 403, 500);
            } else {
                assertRefused(call, response, 403);
            }
        }
    }

    /** problem+json, or an OperationOutcome under the FHIR endpoint. */
    private static void assertRefused(Call call, Response response, int status) {
        assertThat(response.statusCode()).as(call + ": " + response.asString()).isEqualTo(status);
        if (call.isFhir()) {
            assertThat(response.contentType()).as(call.toString()).startsWith("application/fhir+json");
            assertThat(response.jsonPath().getString("resourceType")).isEqualTo("OperationOutcome");
            assertThat(response.jsonPath().getString("issue[0].code")).isEqualTo(status == 401 ? "login" : "forbidden");
        } else {
            assertThat(response.contentType()).as(call.toString()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        }
    }

    /** A coordinator's claims, as the trusted issuer would sign them, from {@code issuer} for {@code audience}. */
    private static JwtClaims claims(String issuer, String audience) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject("coordinator-elsewhere");
        claims.setStringListClaim("groups", Roles.COORDINATOR);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        return claims;
    }
}
