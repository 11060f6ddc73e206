package org.pallium.outpatient.rest;

import static io.restassured.RestAssured.given;
import static org.pallium.platform.testing.AccessChecks.as;
import static org.pallium.platform.testing.AccessChecks.auditOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pallium.events.CareSetting;
import org.pallium.events.ReferralSubmitted;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.LocalInfrastructureResource;
import org.pallium.platform.testing.SampleReferrals;
import org.pallium.platform.testing.AccessChecks;
import org.pallium.platform.testing.TestTokens;

/**
 * Who may read and write the clinic's referrals and visits: its clinicians for the patients on its
 * census, coordinators for everyone, nobody else; and the audit entry that every call leaves,
 * whatever its answer.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "outpatient"))
class ClinicAccessTest {

    private static final URI GATEWAY = URI.create("/pallium/referral-gateway");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Test
    void aClinicianOfTheClinicReadsAndWritesTheRecordsOfThePatientsOnItsCensus() throws SQLException {
        String clinician = user("dr-clinic");
        String token = TestTokens.as(clinician, Roles.CLINICIAN, Optional.of(CareSetting.OUTPATIENT));
        Referral referral = accepted(received());
        UUID visitId = UUID.randomUUID();

        as(token).get("/api/referrals/{id}", referral.id()).then().statusCode(200)
                .body("patientId", equalTo(referral.patientId().toString()));
        as(token).get("/api/referrals").then().statusCode(200)
                .body("find { it.id == '" + referral.id() + "' }.patientId", equalTo(referral.patientId().toString()));
        as(token).queryParam("patientId", referral.patientId()).get("/api/referrals").then().statusCode(200)
                .body("id", equalTo(List.of(referral.id().toString())));
        recordVisit(as(token), referral.patientId(), visitId).statusCode(201);
        as(token).get("/api/visits/{id}", visitId).then().statusCode(200).body("clinician", equalTo("Dr. Cicely Saunders"));
        as(token).queryParam("patientId", referral.patientId()).get("/api/visits").then().statusCode(200)
                .body("$", hasSize(1));
        step(as(token), referral, "conclusion", Map.of("clinician", "Dr. Cicely Saunders", "outcome", "COMPLETED",
                "reason", "Pain controlled")).statusCode(200);

        assertThat(recorderOf(visitId)).isEqualTo(clinician);
        assertThat(auditOf(clinician)).extracting(entry -> entry.get("request") + " " + entry.get("status") + " "
                        + entry.get("outcome") + " " + entry.get("patientId"))
                .containsExactly(
                        "POST /api/referrals/" + referral.id() + "/conclusion 200 SUCCESS " + referral.patientId(),
                        "GET /api/visits 200 SUCCESS " + referral.patientId(),
                        "GET /api/visits/" + visitId + " 200 SUCCESS " + referral.patientId(),
                        "POST /api/visits 201 SUCCESS " + referral.patientId(),
                        "GET /api/referrals 200 SUCCESS " + referral.patientId(),
                        "GET /api/referrals 200 SUCCESS null",
                        "GET /api/referrals/" + referral.id() + " 200 SUCCESS " + referral.patientId());
    }

    @Test
    void aClinicianOfAnotherSettingFindsTheRecordsAsIfThereWereNone() {
        String clinician = user("dr-ward");
        String ward = TestTokens.as(clinician, Roles.CLINICIAN, Optional.of(CareSetting.INPATIENT));
        Referral referral = accepted(received());
        Referral waiting = received();
        UUID visitId = UUID.randomUUID();
        recordVisit(given(), referral.patientId(), visitId).statusCode(201);
        UUID nobody = UUID.randomUUID();

        String unknown = as(ward).get("/api/referrals/{id}", UUID.randomUUID()).then().statusCode(404).extract().asString();
        as(ward).get("/api/referrals/{id}", referral.id()).then().statusCode(404).body(equalTo(unknown));
        as(ward).get("/api/visits/{id}", visitId).then().statusCode(404).body(equalTo(unknown));
        as(ward).get("/api/referrals").then().statusCode(200).body("$", hasSize(0));
        as(ward).queryParam("patientId", referral.patientId()).get("/api/referrals").then().statusCode(200)
                .body("$", hasSize(0));
        as(ward).queryParam("patientId", referral.patientId()).get("/api/visits").then().statusCode(200)
                .body("$", hasSize(0));
        String unknownPatient = recordVisit(as(ward), nobody, UUID.randomUUID()).statusCode(404)
                .contentType("application/problem+json").extract().asString();
        UUID refusedId = UUID.randomUUID();
        String refused = recordVisit(as(ward), referral.patientId(), refusedId).statusCode(404).extract().asString();
        assertThat(refused).isEqualTo(unknownPatient.replace(nobody.toString(), referral.patientId().toString()));
        step(as(ward), waiting, "acceptance", Map.of("clinician", "Dr. Elsewhere")).statusCode(404)
                .body("title", equalTo("Unknown referral"));

        given().get("/api/visits/{id}", refusedId).then().statusCode(404);
        given().get("/api/referrals/{id}", waiting.id()).then().body("lifecycle.status", equalTo("RECEIVED"));
        assertThat(auditOf(clinician)).extracting(entry -> entry.get("status") + " " + entry.get("outcome") + " "
                        + entry.get("patientId"))
                .containsExactly(
                        "404 DENIED " + waiting.patientId(),
                        "404 DENIED " + referral.patientId(),
                        "404 DENIED " + nobody,
                        "200 DENIED " + referral.patientId(),
                        "200 DENIED " + referral.patientId(),
                        "200 SUCCESS null",
                        "404 DENIED " + referral.patientId(),
                        "404 DENIED " + referral.patientId(),
                        "404 FAILED null");
    }

    @Test
    void aPatientWhoseReferralEndedLeavesTheCensusButNotTheCoordinatorsView() {
        String clinician = TestTokens.as(user("dr-clinic"), Roles.CLINICIAN, Optional.of(CareSetting.OUTPATIENT));
        Referral rejected = received();
        step(given(), rejected, "rejection", Map.of("clinician", "Dr. Park", "reason", "Seen by the GP")).statusCode(200);
        Referral closed = accepted(received());
        UUID visitId = UUID.randomUUID();
        recordVisit(given(), closed.patientId(), visitId).statusCode(201);
        step(given(), closed, "conclusion", Map.of("clinician", "Dr. Park", "outcome", "CLOSED", "reason", "Moved away"))
                .statusCode(200);

        for (Referral ended : List.of(rejected, closed)) {
            as(clinician).get("/api/referrals/{id}", ended.id()).then().statusCode(404);
            as(clinician).get("/api/referrals").then().statusCode(200)
                    .body("find { it.id == '" + ended.id() + "' }", nullValue());
            given().get("/api/referrals/{id}", ended.id()).then().statusCode(200);
            given().get("/api/referrals").then().statusCode(200)
                    .body("find { it.id == '" + ended.id() + "' }.id", equalTo(ended.id().toString()));
        }
        as(clinician).get("/api/visits/{id}", visitId).then().statusCode(404);
        recordVisit(as(clinician), closed.patientId(), visitId).statusCode(404);
        given().get("/api/visits/{id}", visitId).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.AUDITOR, Roles.ADMIN, Roles.EHR_SYSTEM, Roles.HOME_NURSE})
    void aRoleWithoutClinicalAccessToTheClinicIsForbiddenEveryClinicalEndpoint(String role) {
        String caller = user(role);
        String forbidden = TestTokens.as(caller, role, Optional.of(CareSetting.OUTPATIENT));
        Referral referral = accepted(received());

        as(forbidden).get("/api/referrals").then().statusCode(403).contentType("application/problem+json");
        as(forbidden).get("/api/referrals/{id}", referral.id()).then().statusCode(403);
        recordVisit(as(forbidden), referral.patientId(), UUID.randomUUID()).statusCode(403);
        as(forbidden).queryParam("patientId", referral.patientId()).get("/api/visits").then().statusCode(403);
        as(forbidden).get("/api/visits/{id}", UUID.randomUUID()).then().statusCode(403);
        step(as(forbidden), referral, "schedule", Map.of("clinician", "Nobody", "firstVisitAt", Instant.now().toString()))
                .statusCode(403);

        given().queryParam("patientId", referral.patientId()).get("/api/visits").then().body("$", hasSize(0));
        given().get("/api/referrals/{id}", referral.id()).then().body("lifecycle.status", equalTo("ACCEPTED"));
        assertThat(auditOf(caller)).hasSize(6).allSatisfy(entry -> {
            assertThat(entry).containsEntry("status", 403).containsEntry("outcome", "DENIED");
            assertThat(entry.get("roles")).isEqualTo(role);
        });
    }

    @Test
    void aCallWithoutAValidTokenIsUnauthorizedAndRecorded() {
        AccessChecks.refusesEveryBadTokenAndRecordsIt("/api/visits/" + UUID.randomUUID());
    }

    @Test
    void everyCallLeavesExactlyOneEntryWhateverItsAnswer() {
        String clinician = user("dr-clinic");
        String team = TestTokens.as(clinician, Roles.CLINICIAN, Optional.of(CareSetting.OUTPATIENT));
        Referral waiting = received();
        Referral rejected = received();
        step(given(), rejected, "rejection", Map.of("clinician", "Dr. Park", "reason", "Not for us")).statusCode(200);

        as(team).get("/api/referrals/{id}", waiting.id()).then().statusCode(200);
        as(team).contentType(ContentType.JSON).body(Map.of("visitType", "FOLLOW_UP")).post("/api/visits")
                .then().statusCode(400);
        recordVisit(as(team), waiting.patientId(), UUID.randomUUID()).statusCode(422);
        step(as(team), waiting, "schedule", Map.of("clinician", "Dr. Park", "firstVisitAt", Instant.now().toString()))
                .statusCode(409);
        as(team).get("/api/referrals/{id}", rejected.id()).then().statusCode(404);

        assertThat(auditOf(clinician)).extracting(entry -> entry.get("action") + " " + entry.get("resource") + " "
                        + entry.get("status") + " " + entry.get("outcome") + " " + entry.get("patientId"))
                .containsExactly(
                        "READ referral 404 DENIED " + rejected.patientId(),
                        "UPDATE referral 409 FAILED " + waiting.patientId(),
                        "CREATE visit 422 FAILED " + waiting.patientId(),
                        "CREATE visit 400 FAILED null",
                        "READ referral 200 SUCCESS " + waiting.patientId());
        assertThat(auditOf(clinician)).allSatisfy(entry -> {
            assertThat(entry).containsEntry("actor", clinician).containsEntry("roles", Roles.CLINICIAN);
            assertThat((String) entry.get("clientAddress")).isNotBlank();
        });
    }

    private record Referral(UUID id, UUID patientId) {
    }

    /** A referral of a new patient that the clinic recorded: RECEIVED, and so on its census. */
    private Referral received() {
        ReferralSubmitted referral = SampleReferrals.submitted(CareSetting.OUTPATIENT, UUID.randomUUID(),
                "Uncontrolled neuropathic pain");
        new KafkaEvents(bootstrapServers).publish(GATEWAY, referral);
        await().atMost(PATIENCE).until(() -> given().get("/api/referrals/{id}", referral.referralId()).then().extract()
                .statusCode(), status -> status == 200);
        return new Referral(referral.referralId(), referral.patientId());
    }

    private static Referral accepted(Referral referral) {
        step(given(), referral, "acceptance", Map.of("clinician", "Dr. Helen Park")).statusCode(200);
        return referral;
    }

    private static ValidatableResponse step(RequestSpecification caller, Referral referral, String step, Map<String, ?> body) {
        return caller.contentType(ContentType.JSON).body(body).post("/api/referrals/{id}/" + step, referral.id()).then();
    }

    private static ValidatableResponse recordVisit(RequestSpecification caller, UUID patientId, UUID visitId) {
        Instant started = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return caller.contentType(ContentType.JSON)
                .body(Map.of("id", visitId, "patientId", patientId, "visitType", "FOLLOW_UP",
                        "clinician", "Dr. Cicely Saunders", "discipline", "PHYSICIAN", "startedAt", started.toString(),
                        "endedAt", started.plusSeconds(1800).toString()))
                .post("/api/visits").then();
    }

    /** Who recorded the visit, as their token named them: kept, though the API does not show it. */
    private String recorderOf(UUID visitId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT recorded_by FROM visit WHERE id = ?")) {
            select.setObject(1, visitId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private static String user(String name) {
        return name + "-" + UUID.randomUUID();
    }
}
