package org.pallium.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pallium.platform.local.LocalSuite;
import org.pallium.platform.local.SuiteService;

/**
 * The clinic's care across the services: an advance care planning document moves from discussed
 * to on file in the clinic, and the gateway's summary and timeline show where it stands.
 */
@ExtendWith(SuiteExtension.class)
class ClinicCareIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final LocalSuite suite;

    ClinicCareIT(LocalSuite suite) {
        this.suite = suite;
    }

    @Test
    void anAdvanceCarePlanningDocumentsLifecycleShowsInTheGatewaysSummaryAndTimeline() {
        JsonPath submitted = given().contentType(ContentType.JSON)
                .body(ReferralRequests.referral("MRN-" + UUID.randomUUID(), "OUTPATIENT"))
                .post(gateway("/api/referrals")).then().statusCode(201).extract().jsonPath();
        String referralId = submitted.getString("referralId");
        String patientId = submitted.getString("patientId");
        awaitHistory(referralId, "RECEIVED");
        given().contentType(ContentType.JSON).body(Map.of("clinician", "Dr. Helen Park"))
                .post(clinic("/api/referrals/" + referralId + "/acceptance")).then().statusCode(200);

        String documentId = clinicPost("/api/acp-documents", Map.of("patientId", patientId,
                "documentType", "HEALTH_CARE_POWER_OF_ATTORNEY", "status", "DISCUSSED")).statusCode(201).extract().path("id");
        awaitDocument(patientId, "DISCUSSED");
        clinicPost("/api/acp-documents/" + documentId + "/changes", Map.of("status", "DRAFTED",
                "healthcareAgent", Map.of("name", "Samuel Okafor", "relationship", "son", "phone", "+1 555 0177")))
                .statusCode(201);
        clinicPost("/api/acp-documents/" + documentId + "/changes", Map.of("status", "SIGNED")).statusCode(201);
        clinicPost("/api/acp-documents/" + documentId + "/changes", Map.of("status", "ON_FILE",
                "reference", "https://ehr.example.org/DocumentReference/hcpoa-9")).statusCode(201);

        JsonPath summary = awaitDocument(patientId, "ON_FILE");
        String path = "advanceCarePlanning.find { it.documentType == 'HEALTH_CARE_POWER_OF_ATTORNEY' }";
        assertThat(summary.getString(path + ".documentId")).isEqualTo(documentId);
        assertThat(summary.getString(path + ".reference")).isEqualTo("https://ehr.example.org/DocumentReference/hcpoa-9");
        assertThat(summary.getString(path + ".healthcareAgent.name")).isEqualTo("Samuel Okafor");
        assertThat(summary.getString(path + ".setting")).isEqualTo("OUTPATIENT");
        assertThat(summary.getList("currentSettings", String.class)).containsExactly("OUTPATIENT");

        List<String> titles = given().get(gateway("/api/patients/" + patientId + "/timeline")).then().statusCode(200)
                .extract().jsonPath().getList("entries.title", String.class);
        assertThat(titles).containsSubsequence("Health care power of attorney on file",
                "Health care power of attorney signed", "Health care power of attorney drafted",
                "Health care power of attorney discussed");
    }

    private JsonPath awaitDocument(String patientId, String status) {
        return await().atMost(PATIENCE).until(
                () -> given().get(gateway("/api/patients/" + patientId + "/summary")).then().statusCode(200)
                        .extract().jsonPath(),
                summary -> status.equals(summary.getString(
                        "advanceCarePlanning.find { it.documentType == 'HEALTH_CARE_POWER_OF_ATTORNEY' }.status")));
    }

    private void awaitHistory(String referralId, String status) {
        await().atMost(PATIENCE).until(() -> given().get(gateway("/api/referrals/" + referralId)).then().extract()
                .jsonPath().getList("history.status", String.class), history -> history != null && history.contains(status));
    }

    private ValidatableResponse clinicPost(String path, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post(clinic(path)).then();
    }

    private String clinic(String path) {
        return suite.url(SuiteService.OUTPATIENT).resolve(path).toString();
    }

    private String gateway(String path) {
        return suite.url(SuiteService.REFERRAL_GATEWAY).resolve(path).toString();
    }
}
