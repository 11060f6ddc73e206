package org.pallium.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * The hospital team's consult across the services: asked for inside the hospital or referred by an
 * EHR, seen, documented, and handed over at discharge to the home programme, which takes the patient
 * on as a referral with what the hospital team knew, while the gateway's timeline shows each step.
 */
@ExtendWith(SuiteExtension.class)
class ConsultToHomeIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final LocalSuite suite;

    ConsultToHomeIT(LocalSuite suite) {
        this.suite = suite;
    }

    @Test
    void aTransitionHomeArrivesAsAReferralInTheHomeProgrammeWithTheHandoverAndOnTheTimeline() {
        JsonPath submitted = given().contentType(ContentType.JSON)
                .body(ReferralRequests.referral("MRN-" + UUID.randomUUID(), "INPATIENT"))
                .post(gateway("/api/referrals")).then().statusCode(201).extract().jsonPath();
        String hospitalReferralId = submitted.getString("referralId");
        String patientId = submitted.getString("patientId");
        awaitStatus(hospitalReferralId, "RECEIVED");
        given().contentType(ContentType.JSON).body(Map.of("clinician", "Dr. Balfour Mount"))
                .post(inpatient("/api/referrals/" + hospitalReferralId + "/acceptance")).then().statusCode(200);
        String consult = "/api/consults/" + await().atMost(PATIENCE).until(() -> given()
                .queryParam("referralId", hospitalReferralId).get(inpatient("/api/consults")).then().statusCode(200)
                .extract().jsonPath().getString("[0].id"), id -> id != null);

        Instant seenAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        post(consult + "/encounters", Map.of("kind", "INITIAL_CONSULT", "clinician", "Dr. Balfour Mount",
                "discipline", "PHYSICIAN", "startedAt", seenAt.toString(), "endedAt", seenAt.plusSeconds(2700).toString(),
                "esas", Map.of("pain", 8, "tiredness", 5, "drowsiness", 2, "nausea", 3, "lackOfAppetite", 6,
                        "shortnessOfBreath", 7, "depression", 2, "anxiety", 6, "wellbeing", 5, "completedBy", "PATIENT"),
                "pps", 40)).statusCode(201);
        post(consult + "/code-status", Map.of("codeStatus", "DNR_DNI", "effectiveAt", seenAt.toString())).statusCode(201);
        post(consult + "/goals-of-care", Map.of("heldAt", seenAt.toString(), "participants", List.of("patient", "son"),
                "whatMatters", "Seeing his grandchildren at home", "decisions", "Home with the home programme")).statusCode(201);
        String homeReferralId = post(consult + "/transition", Map.of("outcome", "HOME_PROGRAMME")).statusCode(201)
                .extract().path("onwardReferralId");

        awaitStatus(homeReferralId, "RECEIVED");
        given().get(gateway("/api/referrals/" + homeReferralId)).then()
                .body("setting", equalTo("HOME")).body("transferredFrom", equalTo(hospitalReferralId));
        JsonPath admission = await().atMost(PATIENCE).until(() -> given().get(service(SuiteService.HOME_VISIT, "/api/admissions"))
                .then().statusCode(200).extract().jsonPath().setRootPath("items.find { it.referralId == '" + homeReferralId + "' }"),
                found -> found.get("handover") != null);
        assertThat(admission.getString("patientId")).isEqualTo(patientId);
        assertThat(admission.getString("handover.outcome")).isEqualTo("HOME_PROGRAMME");
        assertThat(admission.getInt("handover.esas.pain")).isEqualTo(8);
        assertThat(admission.getInt("handover.pps")).isEqualTo(40);
        assertThat(admission.getString("handover.codeStatus")).isEqualTo("DNR_DNI");
        assertThat(admission.getString("handover.whatMatters")).isEqualTo("Seeing his grandchildren at home");

        List<String> titles = await().atMost(PATIENCE).until(() -> timelineOf(patientId).getList("entries.title", String.class),
                found -> found.contains("Discharged from hospital to the home programme")
                        && found.stream().anyMatch(title -> title.startsWith("Referral received by the home team")));
        assertThat(titles).anyMatch(title -> title.startsWith("Consult seen"))
                .anyMatch(title -> title.startsWith("Code status: DNR/DNI"))
                .anyMatch(title -> title.startsWith("Hospital consult visit by MD") && title.contains("ESAS pain 8"));
    }

    @Test
    void aConsultRequestedInsideTheHospitalRegistersThePatientAndOpensItsReferralAtTheGateway() {
        UUID consultId = UUID.randomUUID();
        String mrn = "MRN-" + consultId;
        Map<String, Object> request = Map.ofEntries(
                Map.entry("id", consultId),
                Map.entry("patient", Map.of("identifier", Map.of("system", "urn:oid:2.16.840.1.113883.19.5", "value", mrn),
                        "name", "Ward Patient", "birthDate", "1947-01-30", "sex", "FEMALE")),
                Map.entry("diagnosis", Map.of("system", "http://hl7.org/fhir/sid/icd-10-cm", "code", "C50.919",
                        "display", "Breast cancer", "text", "Metastatic breast cancer", "advancedCancer", true)),
                Map.entry("unit", "5 West"), Map.entry("bed", "7"), Map.entry("admittingService", "Oncology"),
                Map.entry("requestingClinician", "Dr. Ana Ortiz"),
                Map.entry("requestingOrganisation", "Springfield General Hospital"),
                Map.entry("question", "Dyspnoea and goals of care"), Map.entry("urgency", "URGENT"));

        JsonPath opened = given().contentType(ContentType.JSON).body(request).post(inpatient("/api/consults"))
                .then().statusCode(201).body("status", equalTo("REQUESTED")).body("origin", equalTo("HOSPITAL_REQUEST"))
                .body("lifecycle.status", equalTo("ACCEPTED")).extract().jsonPath();
        given().contentType(ContentType.JSON).body(request).post(inpatient("/api/consults"))
                .then().statusCode(200).body("id", equalTo(consultId.toString()));
        String referralId = opened.getString("referralId");
        String patientId = opened.getString("patientId");

        awaitStatus(referralId, "ACCEPTED");
        given().get(gateway("/api/referrals/" + referralId)).then()
                .body("setting", equalTo("INPATIENT"))
                .body("routedBecause", equalTo("REQUESTED_IN_HOSPITAL"))
                .body("patientId", equalTo(patientId));
        given().contentType(ContentType.JSON).body(ReferralRequests.referral(mrn, "OUTPATIENT"))
                .post(gateway("/api/referrals")).then().statusCode(201).body("patientId", equalTo(patientId));
        assertThat(await().atMost(PATIENCE).until(() -> timelineOf(patientId).getList("entries.title", String.class),
                titles -> titles.stream().anyMatch(title -> title.startsWith("Palliative consult requested"))))
                .anyMatch(title -> title.contains("5 West"));
    }

    private ValidatableResponse post(String path, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post(inpatient(path)).then();
    }

    private void awaitStatus(String referralId, String status) {
        await().atMost(PATIENCE).until(() -> given().get(gateway("/api/referrals/" + referralId)).then().extract()
                .jsonPath().getList("history.status", String.class), history -> history != null && history.contains(status));
    }

    private JsonPath timelineOf(String patientId) {
        return given().get(gateway("/api/patients/" + patientId + "/timeline")).then().statusCode(200).extract().jsonPath();
    }

    private String inpatient(String path) {
        return service(SuiteService.INPATIENT, path);
    }

    private String gateway(String path) {
        return service(SuiteService.REFERRAL_GATEWAY, path);
    }

    private String service(SuiteService service, String path) {
        return suite.url(service).resolve(path).toString();
    }
}
