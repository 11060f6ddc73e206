package org.pallium.outpatient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.pallium.platform.testing.AccessChecks.as;
import static org.pallium.platform.testing.AccessChecks.auditOf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pallium.events.CareSetting;
import org.pallium.events.ReferralSubmitted;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.LocalInfrastructureResource;
import org.pallium.platform.testing.TestTokens;

/**
 * Who may read and write the clinic's assessments, advance care planning and onward referrals: its
 * clinicians for the patients on its census, coordinators for everyone, nobody else; a patient of
 * another setting is unknown; and every call leaves its audit entry.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "outpatient"))
class ClinicCareAccessTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    ReferredPatients patients;

    @BeforeEach
    void setUp() {
        patients = new ReferredPatients(bootstrapServers);
    }

    @Test
    void aClinicianOfTheClinicDocumentsTheCareOfThePatientsOnItsCensus() {
        String clinician = user("dr-clinic");
        String team = TestTokens.as(clinician, Roles.CLINICIAN, Optional.of(CareSetting.OUTPATIENT));
        UUID patientId = patients.accepted();
        UUID documentId = UUID.randomUUID();
        UUID sessionId = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();

        recordDocument(as(team), patientId, documentId).statusCode(201);
        changeDocument(as(team), documentId).statusCode(201).body("history[1].changedBy", equalTo(clinician));
        recordSession(as(team), patientId, sessionId).statusCode(201).body("documentedBy", equalTo(clinician));
        sendOnward(as(team), patientId, referralId).statusCode(201).body("sentBy", equalTo(clinician));
        stepOnward(as(team), referralId).statusCode(201);
        as(team).get("/api/acp-documents/{id}", documentId).then().statusCode(200);
        as(team).get("/api/acp-sessions/{id}", sessionId).then().statusCode(200);
        as(team).get("/api/patients/{id}/acp", patientId).then().statusCode(200).body("documents", hasSize(1));
        as(team).get("/api/onward-referrals/{id}", referralId).then().statusCode(200);
        as(team).queryParam("patientId", patientId).get("/api/onward-referrals").then().statusCode(200).body("$", hasSize(1));
        as(team).get("/api/patients/{id}/assessments", patientId).then().statusCode(200);

        assertThat(auditOf(clinician)).extracting(entry -> entry.get("action") + " " + entry.get("resource") + " "
                        + entry.get("request") + " " + entry.get("status") + " " + entry.get("outcome") + " "
                        + entry.get("patientId"))
                .containsExactly(
                        "READ assessment GET /api/patients/" + patientId + "/assessments 200 SUCCESS " + patientId,
                        "SEARCH onward-referral GET /api/onward-referrals 200 SUCCESS " + patientId,
                        "READ onward-referral GET /api/onward-referrals/" + referralId + " 200 SUCCESS " + patientId,
                        "READ acp GET /api/patients/" + patientId + "/acp 200 SUCCESS " + patientId,
                        "READ acp-session GET /api/acp-sessions/" + sessionId + " 200 SUCCESS " + patientId,
                        "READ acp-document GET /api/acp-documents/" + documentId + " 200 SUCCESS " + patientId,
                        "UPDATE onward-referral POST /api/onward-referrals/" + referralId + "/steps 201 SUCCESS " + patientId,
                        "CREATE onward-referral POST /api/onward-referrals 201 SUCCESS " + patientId,
                        "CREATE acp-session POST /api/acp-sessions 201 SUCCESS " + patientId,
                        "UPDATE acp-document POST /api/acp-documents/" + documentId + "/changes 201 SUCCESS " + patientId,
                        "CREATE acp-document POST /api/acp-documents 201 SUCCESS " + patientId);
    }

    @Test
    void aClinicianOfAnotherSettingFindsThePatientsCareAsIfThereWereNone() {
        String clinician = user("dr-ward");
        String ward = TestTokens.as(clinician, Roles.CLINICIAN, Optional.of(CareSetting.INPATIENT));
        UUID patientId = patients.accepted();
        UUID documentId = UUID.randomUUID();
        UUID sessionId = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();
        recordDocument(given(), patientId, documentId).statusCode(201);
        recordSession(given(), patientId, sessionId).statusCode(201);
        sendOnward(given(), patientId, referralId).statusCode(201);
        String unknown = given().get("/api/acp-documents/{id}", UUID.randomUUID()).then().statusCode(404).extract().asString();

        as(ward).get("/api/patients/{id}/assessments", patientId).then().statusCode(404).body(equalTo(unknown));
        as(ward).get("/api/patients/{id}/acp", patientId).then().statusCode(404).body(equalTo(unknown));
        as(ward).get("/api/acp-documents/{id}", documentId).then().statusCode(404).body(equalTo(unknown));
        as(ward).get("/api/acp-sessions/{id}", sessionId).then().statusCode(404).body(equalTo(unknown));
        as(ward).get("/api/onward-referrals/{id}", referralId).then().statusCode(404).body(equalTo(unknown));
        as(ward).queryParam("patientId", patientId).get("/api/onward-referrals").then().statusCode(200).body("$", hasSize(0));
        recordDocument(as(ward), patientId, UUID.randomUUID()).statusCode(404).body("title", equalTo("Unknown patient"));
        recordDocument(as(ward), patientId, documentId).statusCode(404).body("title", equalTo("Unknown patient"));
        changeDocument(as(ward), documentId).statusCode(404).body("title", equalTo("Unknown ACP document"));
        recordSession(as(ward), patientId, UUID.randomUUID()).statusCode(404);
        sendOnward(as(ward), patientId, UUID.randomUUID()).statusCode(404);
        stepOnward(as(ward), referralId).statusCode(404).body("title", equalTo("Unknown onward referral"));

        given().get("/api/acp-documents/{id}", documentId).then().body("status", equalTo("DISCUSSED"));
        given().get("/api/onward-referrals/{id}", referralId).then().body("status", equalTo("SENT"));
        given().get("/api/patients/{id}/acp", patientId).then().body("documents", hasSize(1)).body("sessions", hasSize(1));
        assertThat(auditOf(clinician)).hasSize(12).allSatisfy(entry -> {
            assertThat(entry).containsEntry("outcome", "DENIED").containsEntry("patientId", patientId.toString());
            assertThat(entry.get("status")).isIn(200, 404);
        });
    }

    @Test
    void aPatientWhoseReferralEndedLeavesTheCensusAndTakesNoNewRecordsButTheirDocumentsStillMoveOn() {
        String clinician = user("dr-clinic");
        String team = TestTokens.as(clinician, Roles.CLINICIAN, Optional.of(CareSetting.OUTPATIENT));
        ReferralSubmitted referral = patients.acceptedReferral();
        UUID patientId = referral.patientId();
        UUID documentId = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();
        recordDocument(as(team), patientId, documentId).statusCode(201);
        sendOnward(as(team), patientId, referralId).statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("clinician", "Dr. Park", "outcome", "CLOSED",
                "reason", "Moved to another state")).post("/api/referrals/{id}/conclusion", referral.referralId())
                .then().statusCode(200);

        as(team).get("/api/patients/{id}/acp", patientId).then().statusCode(404);
        changeDocument(as(team), documentId).statusCode(404);
        recordDocument(given(), patientId, UUID.randomUUID()).statusCode(422)
                .body("title", equalTo("Patient not referred to the clinic"));
        recordSession(given(), patientId, UUID.randomUUID()).statusCode(422);
        sendOnward(given(), patientId, UUID.randomUUID()).statusCode(422);
        changeDocument(given(), documentId).statusCode(201).body("status", equalTo("DRAFTED"));
        stepOnward(given(), referralId).statusCode(201).body("status", equalTo("SEEN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.AUDITOR, Roles.ADMIN, Roles.EHR_SYSTEM, Roles.HOME_NURSE})
    void aRoleWithoutClinicalAccessToTheClinicIsForbiddenEveryEndpoint(String role) {
        String caller = user(role);
        String forbidden = TestTokens.as(caller, role, Optional.of(CareSetting.OUTPATIENT));
        UUID patientId = patients.accepted();
        UUID documentId = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();
        recordDocument(given(), patientId, documentId).statusCode(201);
        sendOnward(given(), patientId, referralId).statusCode(201);

        List<ValidatableResponse> answers = List.of(
                as(forbidden).get("/api/patients/{id}/assessments", patientId).then(),
                as(forbidden).get("/api/patients/{id}/acp", patientId).then(),
                as(forbidden).get("/api/acp-documents/{id}", documentId).then(),
                as(forbidden).get("/api/acp-sessions/{id}", UUID.randomUUID()).then(),
                as(forbidden).get("/api/onward-referrals/{id}", referralId).then(),
                as(forbidden).queryParam("patientId", patientId).get("/api/onward-referrals").then(),
                recordDocument(as(forbidden), patientId, UUID.randomUUID()),
                changeDocument(as(forbidden), documentId),
                recordSession(as(forbidden), patientId, UUID.randomUUID()),
                sendOnward(as(forbidden), patientId, UUID.randomUUID()),
                stepOnward(as(forbidden), referralId));

        assertThat(answers).allSatisfy(answer -> answer.statusCode(403).contentType("application/problem+json"));
        given().get("/api/acp-documents/{id}", documentId).then().body("history", hasSize(1));
        given().get("/api/onward-referrals/{id}", referralId).then().body("steps", hasSize(1));
        assertThat(auditOf(caller)).hasSize(answers.size()).allSatisfy(entry -> {
            assertThat(entry).containsEntry("status", 403).containsEntry("outcome", "DENIED");
            assertThat(entry.get("roles")).isEqualTo(role);
        });
    }

    private static ValidatableResponse recordDocument(RequestSpecification caller, UUID patientId, UUID documentId) {
        return caller.contentType(ContentType.JSON)
                .body(Map.of("id", documentId, "patientId", patientId, "documentType", "LIVING_WILL", "status", "DISCUSSED"))
                .post("/api/acp-documents").then();
    }

    private static ValidatableResponse changeDocument(RequestSpecification caller, UUID documentId) {
        return caller.contentType(ContentType.JSON).body(Map.of("status", "DRAFTED"))
                .post("/api/acp-documents/{id}/changes", documentId).then();
    }

    private static ValidatableResponse recordSession(RequestSpecification caller, UUID patientId, UUID sessionId) {
        return caller.contentType(ContentType.JSON)
                .body(Map.of("id", sessionId, "patientId", patientId,
                        "heldAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                        "participants", List.of("patient", "husband"), "notes", "Wishes for the last weeks at home"))
                .post("/api/acp-sessions").then();
    }

    private static ValidatableResponse sendOnward(RequestSpecification caller, UUID patientId, UUID referralId) {
        return caller.contentType(ContentType.JSON)
                .body(Map.of("id", referralId, "patientId", patientId, "service", "CHAPLAINCY",
                        "reason", "Spiritual distress about dying"))
                .post("/api/onward-referrals").then();
    }

    private static ValidatableResponse stepOnward(RequestSpecification caller, UUID referralId) {
        return caller.contentType(ContentType.JSON).body(Map.of("status", "SEEN"))
                .post("/api/onward-referrals/{id}/steps", referralId).then();
    }

    private static String user(String name) {
        return name + "-" + UUID.randomUUID();
    }
}
