package org.pallium.inpatient.rest;

import static io.restassured.RestAssured.given;
import static org.pallium.platform.testing.AccessChecks.as;
import static org.pallium.platform.testing.AccessChecks.auditOf;
import static org.pallium.platform.testing.AccessChecks.auditor;
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
 * Who may read and write the hospital team's consults and encounters: its clinicians for the
 * patients on its census, coordinators for everyone, nobody else; and the audit entry that every
 * call leaves, whatever its answer.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "inpatient"))
class ConsultAccessTest {

    private static final URI GATEWAY = URI.create("/pallium/referral-gateway");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Test
    void aClinicianOfTheHospitalTeamReadsAndWritesTheRecordsOfThePatientsOnItsCensus() throws SQLException {
        String clinician = user("dr-inpatient");
        String token = TestTokens.as(clinician, Roles.CLINICIAN, Optional.of(CareSetting.INPATIENT));
        Consult consult = accepted(openConsult());
        UUID encounterId = UUID.randomUUID();

        as(token).get("/api/consults/{id}", consult.id()).then().statusCode(200)
                .body("patientId", equalTo(consult.patientId().toString()));
        as(token).get("/api/consults").then().statusCode(200)
                .body("find { it.id == '" + consult.id() + "' }.patientId", equalTo(consult.patientId().toString()));
        recordEncounter(as(token), consult.id(), encounterId).statusCode(201);
        as(token).get("/api/encounters/{id}", encounterId).then().statusCode(200)
                .body("clinician", equalTo("Dr. Balfour Mount"));
        assertThat(recorderOf(encounterId)).isEqualTo(clinician);
        as(token).get("/api/consults/{id}/encounters", consult.id()).then().statusCode(200).body("$", hasSize(1));
        step(as(token), consult, "conclusion", Map.of("clinician", "Dr. Balfour Mount", "outcome", "COMPLETED",
                "reason", "Comfortable; back to the ward team")).statusCode(200);

        assertThat(auditOf(clinician)).extracting(entry -> entry.get("request") + " " + entry.get("status") + " "
                        + entry.get("outcome") + " " + entry.get("patientId"))
                .containsExactly(
                        "POST /api/referrals/" + consult.referralId() + "/conclusion 200 SUCCESS " + consult.patientId(),
                        "GET /api/consults/" + consult.id() + "/encounters 200 SUCCESS " + consult.patientId(),
                        "GET /api/encounters/" + encounterId + " 200 SUCCESS " + consult.patientId(),
                        "POST /api/consults/" + consult.id() + "/encounters 201 SUCCESS " + consult.patientId(),
                        "GET /api/consults 200 SUCCESS null",
                        "GET /api/consults/" + consult.id() + " 200 SUCCESS " + consult.patientId());
    }

    @Test
    void aClinicianOfAnotherSettingFindsTheConsultsAsIfThereWereNone() {
        String clinician = user("dr-clinic");
        String clinic = TestTokens.as(clinician, Roles.CLINICIAN, Optional.of(CareSetting.OUTPATIENT));
        Consult consult = accepted(openConsult());
        Consult received = openConsult();
        UUID missing = UUID.randomUUID();

        String unknown = as(clinic).get("/api/consults/{id}", missing).then().statusCode(404).extract().asString();
        as(clinic).get("/api/consults/{id}", consult.id()).then().statusCode(404).body(equalTo(unknown));
        as(clinic).get("/api/consults/{id}/encounters", consult.id()).then().statusCode(404).body(equalTo(unknown));
        as(clinic).get("/api/consults").then().statusCode(200).body("$", hasSize(0));
        String unknownConsult = recordEncounter(as(clinic), missing, UUID.randomUUID()).statusCode(404)
                .contentType("application/problem+json").extract().asString();
        String refused = recordEncounter(as(clinic), consult.id(), UUID.randomUUID()).statusCode(404).extract().asString();
        assertThat(refused).isEqualTo(unknownConsult.replace(missing.toString(), consult.id().toString()));
        step(as(clinic), received, "acceptance", Map.of("clinician", "Dr. Elsewhere")).statusCode(404)
                .body("title", equalTo("Unknown referral"));

        given().get("/api/consults/{id}/encounters", consult.id()).then().statusCode(200).body("$", hasSize(0));
        given().get("/api/consults/{id}", received.id()).then().body("lifecycle.status", equalTo("RECEIVED"));
        assertThat(auditOf(clinician)).extracting(entry -> entry.get("status") + " " + entry.get("outcome") + " "
                        + entry.get("patientId"))
                .containsExactly(
                        "404 DENIED " + received.patientId(),
                        "404 DENIED " + consult.patientId(),
                        "404 FAILED null",
                        "200 SUCCESS null",
                        "404 DENIED " + consult.patientId(),
                        "404 DENIED " + consult.patientId(),
                        "404 FAILED null");
    }

    @Test
    void aPatientWhoseReferralEndedLeavesTheCensusButNotTheCoordinatorsView() {
        String clinician = TestTokens.as(user("dr-inpatient"), Roles.CLINICIAN, Optional.of(CareSetting.INPATIENT));
        Consult rejected = openConsult();
        step(given(), rejected, "rejection", Map.of("clinician", "Dr. Mount", "reason", "Managed by the ward")).statusCode(200);
        Consult closed = accepted(openConsult());
        step(given(), closed, "conclusion", Map.of("clinician", "Dr. Mount", "outcome", "CLOSED", "reason", "Discharged"))
                .statusCode(200);

        for (Consult ended : List.of(rejected, closed)) {
            as(clinician).get("/api/consults/{id}", ended.id()).then().statusCode(404);
            as(clinician).get("/api/consults").then().statusCode(200)
                    .body("find { it.id == '" + ended.id() + "' }", nullValue());
            given().get("/api/consults/{id}", ended.id()).then().statusCode(200);
            as(clinician).queryParam("referralId", ended.referralId()).get("/api/consults").then().statusCode(200)
                    .body("$", hasSize(0));
            given().queryParam("referralId", ended.referralId()).get("/api/consults").then().statusCode(200)
                    .body("[0].id", equalTo(ended.id().toString()));
        }
    }

    @Test
    void aPatientBackOnTheCensusShowsTheirEarlierConsultsToo() {
        String clinician = TestTokens.as(user("dr-inpatient"), Roles.CLINICIAN, Optional.of(CareSetting.INPATIENT));
        Consult earlier = openConsult();
        step(given(), earlier, "rejection", Map.of("clinician", "Dr. Mount", "reason", "Not yet")).statusCode(200);
        Consult now = openConsult(earlier.patientId());

        as(clinician).get("/api/consults/{id}", earlier.id()).then().statusCode(200);
        as(clinician).queryParam("referralStatus", "REJECTED").get("/api/consults").then().statusCode(200)
                .body("find { it.id == '" + earlier.id() + "' }.lifecycle.status", equalTo("REJECTED"))
                .body("find { it.id == '" + now.id() + "' }", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.AUDITOR, Roles.ADMIN, Roles.EHR_SYSTEM})
    void aRoleWithoutClinicalAccessIsForbiddenEveryClinicalEndpoint(String role) {
        String caller = user(role);
        String forbidden = TestTokens.as(caller, role, Optional.of(CareSetting.INPATIENT));
        Consult consult = accepted(openConsult());

        as(forbidden).get("/api/consults").then().statusCode(403).contentType("application/problem+json");
        as(forbidden).get("/api/consults/{id}", consult.id()).then().statusCode(403);
        as(forbidden).get("/api/consults/{id}/encounters", consult.id()).then().statusCode(403);
        recordEncounter(as(forbidden), consult.id(), UUID.randomUUID()).statusCode(403);
        as(forbidden).get("/api/encounters/{id}", UUID.randomUUID()).then().statusCode(403);
        step(as(forbidden), consult, "schedule", Map.of("clinician", "Nobody", "firstVisitAt", Instant.now().toString()))
                .statusCode(403);

        given().get("/api/consults/{id}/encounters", consult.id()).then().body("$", hasSize(0));
        given().get("/api/consults/{id}", consult.id()).then().body("lifecycle.status", equalTo("ACCEPTED"));
        assertThat(auditOf(caller)).hasSize(6).allSatisfy(entry -> {
            assertThat(entry).containsEntry("status", 403).containsEntry("outcome", "DENIED");
            assertThat(entry.get("roles")).isEqualTo(role);
        });
    }

    @Test
    void aCallWithoutAValidTokenIsUnauthorizedAndRecorded() {
        AccessChecks.refusesEveryBadTokenAndRecordsIt("/api/consults/" + UUID.randomUUID());
    }

    @Test
    void theAuditTrailIsReadByAuditorsAlone() {
        as(auditor()).get("/api/audit").then().statusCode(200);
        given().get("/api/audit").then().statusCode(403);
        as(TestTokens.as(user("dr-inpatient"), Roles.CLINICIAN, Optional.of(CareSetting.INPATIENT))).get("/api/audit")
                .then().statusCode(403);
        as(TestTokens.as(user("admin"), Roles.ADMIN, Optional.empty())).get("/api/audit").then().statusCode(403);
        given().header("Authorization", "").get("/api/audit").then().statusCode(401);
    }

    @Test
    void everyCallLeavesExactlyOneEntryWhateverItsAnswer() {
        String clinician = user("dr-inpatient");
        String team = TestTokens.as(clinician, Roles.CLINICIAN, Optional.of(CareSetting.INPATIENT));
        Consult consult = openConsult();
        Consult rejected = openConsult();
        step(given(), rejected, "rejection", Map.of("clinician", "Dr. Mount", "reason", "Not for us")).statusCode(200);

        as(team).get("/api/consults/{id}", consult.id()).then().statusCode(200);
        as(team).contentType(ContentType.JSON).body(Map.of("kind", "FOLLOW_UP"))
                .post("/api/consults/{id}/encounters", consult.id()).then().statusCode(400);
        recordEncounter(as(team), consult.id(), UUID.randomUUID()).statusCode(422);
        step(as(team), consult, "schedule", Map.of("clinician", "Dr. Mount", "firstVisitAt", Instant.now().toString()))
                .statusCode(409);
        as(team).get("/api/consults/{id}", rejected.id()).then().statusCode(404);

        assertThat(auditOf(clinician)).extracting(entry -> entry.get("action") + " " + entry.get("resource") + " "
                        + entry.get("status") + " " + entry.get("outcome") + " " + entry.get("patientId"))
                .containsExactly(
                        "READ consult 404 DENIED " + rejected.patientId(),
                        "UPDATE referral 409 FAILED " + consult.patientId(),
                        "CREATE encounter 422 FAILED " + consult.patientId(),
                        "CREATE encounter 400 FAILED null",
                        "READ consult 200 SUCCESS " + consult.patientId());
        assertThat(auditOf(clinician)).allSatisfy(entry -> {
            assertThat(entry).containsEntry("actor", clinician).containsEntry("roles", Roles.CLINICIAN);
            assertThat((String) entry.get("clientAddress")).isNotBlank();
        });
    }

    /** Who recorded the encounter, as their token named them: kept, though the API does not show it. */
    private String recorderOf(UUID encounterId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT recorded_by FROM encounter WHERE id = ?")) {
            select.setObject(1, encounterId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private record Consult(UUID id, UUID referralId, UUID patientId) {
    }

    private Consult openConsult() {
        return openConsult(UUID.randomUUID());
    }

    /** A consult the gateway's referral opened, RECEIVED and so on the census. */
    private Consult openConsult(UUID patientId) {
        ReferralSubmitted referral = SampleReferrals.submitted(CareSetting.INPATIENT, patientId, "Refractory dyspnoea");
        new KafkaEvents(bootstrapServers).publish(GATEWAY, referral);
        String id = await().atMost(PATIENCE).until(() -> given().queryParam("referralId", referral.referralId())
                .get("/api/consults").then().statusCode(200).extract().jsonPath().<String>getList("id"),
                ids -> !ids.isEmpty()).getFirst();
        return new Consult(UUID.fromString(id), referral.referralId(), patientId);
    }

    private static Consult accepted(Consult consult) {
        step(given(), consult, "acceptance", Map.of("clinician", "Dr. Balfour Mount")).statusCode(200);
        return consult;
    }

    private static ValidatableResponse step(RequestSpecification caller, Consult consult, String step, Map<String, ?> body) {
        return caller.contentType(ContentType.JSON).body(body)
                .post("/api/referrals/{id}/" + step, consult.referralId()).then();
    }

    private static ValidatableResponse recordEncounter(RequestSpecification caller, UUID consultId, UUID encounterId) {
        Instant started = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return caller.contentType(ContentType.JSON)
                .body(Map.of("id", encounterId, "kind", "INITIAL_CONSULT", "clinician", "Dr. Balfour Mount",
                        "discipline", "PHYSICIAN", "startedAt", started.toString(),
                        "endedAt", started.plusSeconds(1800).toString()))
                .post("/api/consults/{id}/encounters", consultId).then();
    }

    private static String user(String name) {
        return name + "-" + UUID.randomUUID();
    }
}
