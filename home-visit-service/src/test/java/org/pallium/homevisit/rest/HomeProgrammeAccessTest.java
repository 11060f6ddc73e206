package org.pallium.homevisit.rest;

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
 * Who may read and write the home programme's admissions and visits: its clinicians for the
 * patients on its census, a home nurse for the patients on their caseload and the visits they
 * recorded, coordinators for everyone, nobody else; and the audit entry that every call leaves,
 * whatever its answer.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "homevisit"))
class HomeProgrammeAccessTest {

    private static final URI GATEWAY = URI.create("/pallium/referral-gateway");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Test
    void aClinicianOfTheHomeTeamReadsAndWritesTheRecordsOfThePatientsOnItsCensus() throws SQLException {
        String clinician = user("dr-home");
        String token = TestTokens.as(clinician, Roles.CLINICIAN, Optional.of(CareSetting.HOME));
        Admission admission = accepted(received(), "Dr. Balfour Mount");
        UUID visitId = UUID.randomUUID();
        UUID coordinatorsVisit = UUID.randomUUID();
        recordVisit(given(), admission.patientId(), coordinatorsVisit).statusCode(201);

        as(token).get("/api/admissions/{id}", admission.id()).then().statusCode(200)
                .body("patientId", equalTo(admission.patientId().toString()));
        as(token).get("/api/admissions").then().statusCode(200)
                .body("items.find { it.id == '" + admission.id() + "' }.patientId", equalTo(admission.patientId().toString()));
        recordVisit(as(token), admission.patientId(), visitId).statusCode(201);
        as(token).get("/api/visits/{id}", coordinatorsVisit).then().statusCode(200);
        as(token).queryParam("patientId", admission.patientId()).get("/api/visits").then().statusCode(200)
                .body("items", hasSize(2));
        step(as(token), admission, "conclusion", Map.of("clinician", "Dr. Balfour Mount", "outcome", "COMPLETED",
                "reason", "Died peacefully at home")).statusCode(200);

        assertThat(recorderOf(visitId)).isEqualTo(clinician);
        assertThat(auditOf(clinician)).extracting(entry -> entry.get("request") + " " + entry.get("status") + " "
                        + entry.get("outcome") + " " + entry.get("patientId"))
                .containsExactly(
                        "POST /api/referrals/" + admission.referralId() + "/conclusion 200 SUCCESS " + admission.patientId(),
                        "GET /api/visits 200 SUCCESS " + admission.patientId(),
                        "GET /api/visits/" + coordinatorsVisit + " 200 SUCCESS " + admission.patientId(),
                        "POST /api/visits 201 SUCCESS " + admission.patientId(),
                        "GET /api/admissions 200 SUCCESS null",
                        "GET /api/admissions/" + admission.id() + " 200 SUCCESS " + admission.patientId());
    }

    @Test
    void aClinicianOfAnotherSettingFindsTheRecordsAsIfThereWereNone() {
        String clinician = user("dr-ward");
        String ward = TestTokens.as(clinician, Roles.CLINICIAN, Optional.of(CareSetting.INPATIENT));
        Admission admission = accepted(received(), "Dr. Balfour Mount");
        Admission waiting = received();
        UUID visitId = UUID.randomUUID();
        recordVisit(given(), admission.patientId(), visitId).statusCode(201);
        UUID nobody = UUID.randomUUID();

        String unknown = as(ward).get("/api/admissions/{id}", UUID.randomUUID()).then().statusCode(404).extract().asString();
        as(ward).get("/api/admissions/{id}", admission.id()).then().statusCode(404).body(equalTo(unknown));
        as(ward).get("/api/visits/{id}", visitId).then().statusCode(404).body(equalTo(unknown));
        as(ward).get("/api/admissions").then().statusCode(200).body("items", hasSize(0));
        as(ward).queryParam("patientId", admission.patientId()).get("/api/visits").then().statusCode(200)
                .body("items", hasSize(0));
        String unknownPatient = recordVisit(as(ward), nobody, UUID.randomUUID()).statusCode(404)
                .contentType("application/problem+json").extract().asString();
        UUID refusedId = UUID.randomUUID();
        String refused = recordVisit(as(ward), admission.patientId(), refusedId).statusCode(404).extract().asString();
        assertThat(refused).isEqualTo(unknownPatient.replace(nobody.toString(), admission.patientId().toString()));
        step(as(ward), waiting, "acceptance", Map.of("clinician", "Dr. Elsewhere")).statusCode(404)
                .body("title", equalTo("Unknown referral"));

        given().get("/api/visits/{id}", refusedId).then().statusCode(404);
        given().get("/api/admissions/{id}", waiting.id()).then().body("lifecycle.status", equalTo("RECEIVED"));
        assertThat(auditOf(clinician)).extracting(entry -> entry.get("status") + " " + entry.get("outcome") + " "
                        + entry.get("patientId"))
                .containsExactly(
                        "404 DENIED " + waiting.patientId(),
                        "404 DENIED " + admission.patientId(),
                        "404 DENIED " + nobody,
                        "200 DENIED " + admission.patientId(),
                        "200 SUCCESS null",
                        "404 DENIED " + admission.patientId(),
                        "404 DENIED " + admission.patientId(),
                        "404 FAILED null");
    }

    @Test
    void aPatientWhoseReferralEndedLeavesTheCensusButNotTheCoordinatorsView() {
        String clinician = TestTokens.as(user("dr-home"), Roles.CLINICIAN, Optional.of(CareSetting.HOME));
        Admission rejected = received();
        step(given(), rejected, "rejection", Map.of("clinician", "Dr. Mount", "reason", "Cared for by family"))
                .statusCode(200);
        Admission closed = accepted(received(), "Dr. Mount");
        step(given(), closed, "conclusion", Map.of("clinician", "Dr. Mount", "outcome", "CLOSED", "reason", "Moved"))
                .statusCode(200);

        for (Admission ended : List.of(rejected, closed)) {
            as(clinician).get("/api/admissions/{id}", ended.id()).then().statusCode(404);
            as(clinician).get("/api/admissions").then().statusCode(200)
                    .body("items.find { it.id == '" + ended.id() + "' }", nullValue());
            given().get("/api/admissions/{id}", ended.id()).then().statusCode(200);
            given().get("/api/admissions").then().statusCode(200)
                    .body("items.find { it.id == '" + ended.id() + "' }.id", equalTo(ended.id().toString()));
        }
    }

    @Test
    void aHomeNurseSeesThePatientsOnTheirCaseloadAndOnlyTheVisitsTheyRecorded() throws SQLException {
        String nurse = user("nurse-ada");
        String token = TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty());
        Admission theirs = accepted(received(), nurse);
        Admission anothers = accepted(received(), user("nurse-bea"));
        UUID coordinatorsVisit = UUID.randomUUID();
        recordVisit(given(), theirs.patientId(), coordinatorsVisit).statusCode(201);
        UUID visitId = UUID.randomUUID();

        as(token).get("/api/admissions/{id}", theirs.id()).then().statusCode(200)
                .body("patientId", equalTo(theirs.patientId().toString()));
        as(token).get("/api/admissions").then().statusCode(200).body("items.id", equalTo(List.of(theirs.id().toString())));
        recordVisit(as(token), theirs.patientId(), visitId).statusCode(201);
        recordVisit(as(token), theirs.patientId(), visitId).statusCode(200).body("id", equalTo(visitId.toString()));
        as(token).get("/api/visits/{id}", visitId).then().statusCode(200);
        as(token).queryParam("patientId", theirs.patientId()).get("/api/visits").then().statusCode(200)
                .body("items.id", equalTo(List.of(visitId.toString())));
        String unknown = as(token).get("/api/visits/{id}", UUID.randomUUID()).then().statusCode(404).extract().asString();
        as(token).get("/api/visits/{id}", coordinatorsVisit).then().statusCode(404).body(equalTo(unknown));
        recordVisit(as(token), theirs.patientId(), coordinatorsVisit).statusCode(409)
                .body("detail", equalTo("Visit " + coordinatorsVisit + " was recorded by someone else"));
        as(token).get("/api/admissions/{id}", anothers.id()).then().statusCode(404).body(equalTo(unknown));
        recordVisit(as(token), anothers.patientId(), UUID.randomUUID()).statusCode(404);
        as(token).queryParam("patientId", anothers.patientId()).get("/api/visits").then().statusCode(200)
                .body("items", hasSize(0));

        assertThat(recorderOf(visitId)).isEqualTo(nurse);
        given().queryParam("patientId", anothers.patientId()).get("/api/visits").then().body("items", hasSize(0));
        assertThat(auditOf(nurse)).extracting(entry -> entry.get("status") + " " + entry.get("outcome") + " "
                        + entry.get("patientId"))
                .containsExactly(
                        "200 DENIED " + anothers.patientId(),
                        "404 DENIED " + anothers.patientId(),
                        "404 DENIED " + anothers.patientId(),
                        "409 DENIED " + theirs.patientId(),
                        "404 DENIED " + theirs.patientId(),
                        "404 FAILED null",
                        "200 SUCCESS " + theirs.patientId(),
                        "200 SUCCESS " + theirs.patientId(),
                        "200 SUCCESS " + theirs.patientId(),
                        "201 SUCCESS " + theirs.patientId(),
                        "200 SUCCESS null",
                        "200 SUCCESS " + theirs.patientId());
    }

    @Test
    void aHomeNurseKeepsThePatientsTheyVisitWhileTheirCareGoesOnAndLosesThemWhenItEnds() {
        String nurse = user("nurse-ada");
        String token = TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty());
        Admission first = accepted(received(), nurse);
        Admission second = accepted(received(first.patientId()), "Dr. Balfour Mount");
        UUID visitId = UUID.randomUUID();
        recordVisit(as(token), first.patientId(), visitId).statusCode(201).body("admissionId", equalTo(second.id().toString()));

        step(given(), first, "conclusion", Map.of("clinician", "Dr. Mount", "outcome", "CLOSED", "reason", "Duplicate"))
                .statusCode(200);
        as(token).get("/api/admissions/{id}", second.id()).then().statusCode(200);
        as(token).get("/api/visits/{id}", visitId).then().statusCode(200);

        step(given(), second, "conclusion", Map.of("clinician", "Dr. Mount", "outcome", "COMPLETED", "reason", "Stable"))
                .statusCode(200);
        as(token).get("/api/admissions/{id}", second.id()).then().statusCode(404);
        as(token).get("/api/visits/{id}", visitId).then().statusCode(404);
        as(token).get("/api/admissions").then().statusCode(200)
                .body("items.find { it.patientId == '" + first.patientId() + "' }", nullValue());
    }

    @Test
    void aHomeNurseDoesNotTriageReferrals() {
        String nurse = user("nurse-ada");
        String token = TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty());
        Admission waiting = received();
        Admission theirs = accepted(received(), nurse);

        step(as(token), waiting, "acceptance", Map.of("clinician", nurse)).statusCode(403);
        step(as(token), theirs, "schedule", Map.of("clinician", nurse, "firstVisitAt", Instant.now().toString()))
                .statusCode(403);

        given().get("/api/admissions/{id}", waiting.id()).then().body("lifecycle.status", equalTo("RECEIVED"));
        assertThat(auditOf(nurse)).extracting(entry -> entry.get("status") + " " + entry.get("outcome"))
                .containsExactly("403 DENIED", "403 DENIED");
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.AUDITOR, Roles.ADMIN, Roles.EHR_SYSTEM})
    void aRoleWithoutClinicalAccessIsForbiddenEveryClinicalEndpoint(String role) {
        String caller = user(role);
        String forbidden = TestTokens.as(caller, role, Optional.of(CareSetting.HOME));
        Admission admission = accepted(received(), "Dr. Balfour Mount");

        as(forbidden).get("/api/admissions").then().statusCode(403).contentType("application/problem+json");
        as(forbidden).get("/api/admissions/{id}", admission.id()).then().statusCode(403);
        recordVisit(as(forbidden), admission.patientId(), UUID.randomUUID()).statusCode(403);
        as(forbidden).queryParam("patientId", admission.patientId()).get("/api/visits").then().statusCode(403);
        as(forbidden).get("/api/visits/{id}", UUID.randomUUID()).then().statusCode(403);
        step(as(forbidden), admission, "schedule", Map.of("clinician", "Nobody", "firstVisitAt", Instant.now().toString()))
                .statusCode(403);

        given().queryParam("patientId", admission.patientId()).get("/api/visits").then().body("items", hasSize(0));
        given().get("/api/admissions/{id}", admission.id()).then().body("lifecycle.status", equalTo("ACCEPTED"));
        assertThat(auditOf(caller)).hasSize(6).allSatisfy(entry -> {
            assertThat(entry).containsEntry("status", 403).containsEntry("outcome", "DENIED");
            assertThat(entry.get("roles")).isEqualTo(role);
        });
    }

    @Test
    void aCallWithoutAValidTokenIsUnauthorizedAndRecorded() {
        AccessChecks.refusesEveryBadTokenAndRecordsIt("/api/admissions/" + UUID.randomUUID());
    }

    @Test
    void everyCallLeavesExactlyOneEntryWhateverItsAnswer() {
        String clinician = user("dr-home");
        String team = TestTokens.as(clinician, Roles.CLINICIAN, Optional.of(CareSetting.HOME));
        Admission waiting = received();
        Admission rejected = received();
        step(given(), rejected, "rejection", Map.of("clinician", "Dr. Mount", "reason", "Not for us")).statusCode(200);

        as(team).get("/api/admissions/{id}", waiting.id()).then().statusCode(200);
        as(team).contentType(ContentType.JSON).body(Map.of("discipline", "NURSE")).post("/api/visits")
                .then().statusCode(400);
        recordVisit(as(team), waiting.patientId(), UUID.randomUUID()).statusCode(422);
        step(as(team), waiting, "schedule", Map.of("clinician", "Dr. Mount", "firstVisitAt", Instant.now().toString()))
                .statusCode(409);
        as(team).get("/api/admissions/{id}", rejected.id()).then().statusCode(404);

        assertThat(auditOf(clinician)).extracting(entry -> entry.get("action") + " " + entry.get("resource") + " "
                        + entry.get("status") + " " + entry.get("outcome") + " " + entry.get("patientId"))
                .containsExactly(
                        "READ admission 404 DENIED " + rejected.patientId(),
                        "UPDATE referral 409 FAILED " + waiting.patientId(),
                        "CREATE visit 422 FAILED " + waiting.patientId(),
                        "CREATE visit 400 FAILED null",
                        "READ admission 200 SUCCESS " + waiting.patientId());
        assertThat(auditOf(clinician)).allSatisfy(entry -> {
            assertThat(entry).containsEntry("actor", clinician).containsEntry("roles", Roles.CLINICIAN);
            assertThat((String) entry.get("clientAddress")).isNotBlank();
        });
    }

    private record Admission(UUID id, UUID referralId, UUID patientId) {
    }

    private Admission received() {
        return received(UUID.randomUUID());
    }

    /** An admission the gateway's referral opened, RECEIVED and so on the census. */
    private Admission received(UUID patientId) {
        ReferralSubmitted referral = SampleReferrals.submitted(CareSetting.HOME, patientId, "Pain and breathlessness at home");
        new KafkaEvents(bootstrapServers).publish(GATEWAY, referral);
        String id = await().atMost(PATIENCE).until(() -> given().get("/api/admissions").then().statusCode(200).extract()
                .jsonPath().<String>getList("items.findAll { it.referralId == '" + referral.referralId() + "' }.id"),
                ids -> !ids.isEmpty()).getFirst();
        return new Admission(UUID.fromString(id), referral.referralId(), patientId);
    }

    /** Admitted by a coordinator's acceptance that names {@code clinician}: a home nurse so named has the patient. */
    private static Admission accepted(Admission admission, String clinician) {
        step(given(), admission, "acceptance", Map.of("clinician", clinician)).statusCode(200);
        return admission;
    }

    private static ValidatableResponse step(RequestSpecification caller, Admission admission, String step,
            Map<String, ?> body) {
        return caller.contentType(ContentType.JSON).body(body)
                .post("/api/referrals/{id}/" + step, admission.referralId()).then();
    }

    private static ValidatableResponse recordVisit(RequestSpecification caller, UUID patientId, UUID visitId) {
        Instant started = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return caller.contentType(ContentType.JSON)
                .body(Map.of("id", visitId, "patientId", patientId, "clinician", "Cicely Saunders, RN",
                        "discipline", "NURSE", "startedAt", started.toString(),
                        "endedAt", started.plusSeconds(2400).toString()))
                .post("/api/visits").then();
    }

    /** Who recorded the visit, as their token named them: kept, though the API does not show it. */
    private String recorderOf(UUID visitId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT recorded_by FROM home_visit WHERE id = ?")) {
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
