package org.pallium.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.gateway.repository.Patient;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.AccessChecks;
import org.pallium.platform.testing.TestTokens;

/**
 * The inpatient service registers the patient of a consult asked for inside the hospital, with the
 * token of its caller: the same patient, by identifier, as the referrals name.
 */
@QuarkusTest
class PatientResourceTest {

    private static final String MRN_SYSTEM = "urn:oid:2.16.840.1.113883.19.5";

    @Test
    void aNewPatientIsRegisteredAndAKnownOneKeepsTheirIdWithTheNewestDetails() {
        String mrn = "MRN-" + UUID.randomUUID();
        JsonPath registered = given().contentType(ContentType.JSON).body(ReferralResourceTest.patient(MRN_SYSTEM, mrn))
                .post("/api/patients").then().statusCode(201).contentType(ContentType.JSON)
                .extract().jsonPath();
        String id = registered.getString("id");
        assertThat(registered.getString("details.identifier.value")).isEqualTo(mrn);
        assertThat(registered.getString("details.name")).isEqualTo("Ada Lovelace");

        Map<String, Object> moved = new HashMap<>(ReferralResourceTest.patient(MRN_SYSTEM, mrn));
        moved.put("name", "Ada King");
        moved.put("address", Map.of("lines", List.of("1 Ockham Park"), "city", "Ripley"));
        given().contentType(ContentType.JSON).body(moved).post("/api/patients")
                .then().statusCode(200)
                .header("Location", endsWith("/api/patients/" + id))
                .body("id", equalTo(id))
                .body("details.name", equalTo("Ada King"));

        Patient stored = QuarkusTransaction.requiringNew().call(() -> Patient.findById(UUID.fromString(id)));
        assertThat(stored.details.name()).isEqualTo("Ada King");
        assertThat(stored.details.address().city()).isEqualTo("Ripley");
        assertThat(ReferralResourceTest.submit(ReferralResourceTest.referral(mrn, "HOME"))).isEqualTo(id);
    }

    @Test
    void theLocationOfANewPatientNamesTheirId() {
        var response = given().contentType(ContentType.JSON)
                .body(ReferralResourceTest.patient(MRN_SYSTEM, "MRN-" + UUID.randomUUID()))
                .post("/api/patients").then().statusCode(201).extract();

        assertThat(response.header("Location")).startsWith("http://").endsWith("/api/patients/" + response.path("id"));
    }

    @Test
    void aPatientIsValidatedAsAReferralsPatientIsAndNothingIsRegistered() {
        String mrn = "MRN-" + UUID.randomUUID();
        Map<String, Object> child = new HashMap<>(ReferralResourceTest.patient(MRN_SYSTEM, mrn));
        child.put("birthDate", "2019-05-01");
        child.remove("name");
        child.put("phone", "call me");

        given().contentType(ContentType.JSON).body(child).post("/api/patients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.pointer", equalTo(List.of("/guardian", "/name", "/phone")));
        given().contentType(ContentType.JSON).body("").post("/api/patients")
                .then().statusCode(400).contentType("application/problem+json");

        assertThat(QuarkusTransaction.requiringNew().call(() -> Patient.count("identifierValue", mrn))).isZero();
    }

    @Test
    void aHospitalClinicianOrEhrOrCoordinatorMayRegisterAndNobodyElse() {
        Map<String, Object> patient = ReferralResourceTest.patient(MRN_SYSTEM, "MRN-" + UUID.randomUUID());

        given().header("Authorization", "").contentType(ContentType.JSON).body(patient).post("/api/patients")
                .then().statusCode(401).contentType("application/problem+json");
        for (String role : List.of(Roles.HOME_NURSE, Roles.AUDITOR, Roles.ADMIN)) {
            AccessChecks.as(TestTokens.as(role + "-" + UUID.randomUUID(), role, Optional.empty()))
                    .contentType(ContentType.JSON).body(patient).post("/api/patients")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        AccessChecks.as(TestTokens.as("dr-ward", Roles.CLINICIAN, Optional.of(CareSetting.INPATIENT)))
                .contentType(ContentType.JSON).body(patient).post("/api/patients").then().statusCode(201);
        AccessChecks.as(TestTokens.as("ehr-stmarys", Roles.EHR_SYSTEM, Optional.empty()))
                .contentType(ContentType.JSON).body(patient).post("/api/patients").then().statusCode(200);
    }

    @Test
    void theApiDocumentDescribesTheRegistrationAndWhoCallsIt() {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();

        String operation = "paths.'/api/patients'.post";
        assertThat(document.getString(operation + ".summary")).isEqualTo("Register a patient, or find them by their identifier");
        assertThat(document.getString(operation + ".description")).contains("hospital clinician or EHR system");
        assertThat(document.getMap(operation + ".responses")).containsKeys("201", "200", "400", "401", "403", "500");
        assertThat(document.getString(operation + ".responses.'201'.content.'application/json'.schema.$ref"))
                .isEqualTo("#/components/schemas/PatientView");
        assertThat(document.getString(operation + ".requestBody.content.'application/json'.schema.$ref"))
                .isEqualTo("#/components/schemas/PatientDetails");
    }

    @Test
    void eachRegistrationIsAuditedNamingThePatientAndNothingTheyTold() {
        String clinician = "dr-" + UUID.randomUUID();
        String token = TestTokens.as(clinician, Roles.CLINICIAN, Optional.of(CareSetting.INPATIENT));
        String mrn = "MRN-" + UUID.randomUUID();
        Map<String, Object> patient = ReferralResourceTest.patient(MRN_SYSTEM, mrn);
        String id = AccessChecks.as(token).contentType(ContentType.JSON).body(patient).post("/api/patients")
                .then().statusCode(201).extract().path("id");
        AccessChecks.as(token).contentType(ContentType.JSON).body(patient).post("/api/patients").then().statusCode(200);
        Map<String, Object> nameless = new HashMap<>(patient);
        nameless.remove("name");
        AccessChecks.as(token).contentType(ContentType.JSON).body(nameless).post("/api/patients").then().statusCode(400);

        List<Map<String, Object>> entries = AccessChecks.auditOf(clinician);

        assertThat(entries).extracting(entry -> entry.get("action") + " " + entry.get("resource") + " "
                        + entry.get("request") + " " + entry.get("status") + " " + entry.get("outcome") + " "
                        + entry.get("patientId"))
                .containsExactly("CREATE patient POST /api/patients 400 FAILED null",
                        "CREATE patient POST /api/patients 200 SUCCESS " + id,
                        "CREATE patient POST /api/patients 201 SUCCESS " + id);
        assertThat(entries.toString()).doesNotContain("Ada", mrn, "1952-12-10", "Elm Street");
    }
}
