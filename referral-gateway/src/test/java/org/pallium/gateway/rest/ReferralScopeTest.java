package org.pallium.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.ReferralTransferred;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.TestTokens;

/**
 * Whom each caller sees at the gateway: an EHR system the referrals it submitted, a clinician the
 * patients on their setting's census, a coordinator everyone. Whatever the caller may not see is
 * answered exactly as what does not exist, and left out of their lists inside the query, so that
 * paging stays whole.
 */
@QuarkusTest
class ReferralScopeTest {

    private static final URI OUTPATIENT_SERVICE = URI.create("/pallium/outpatient-service");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anEhrSystemSeesTheReferralsItSubmittedAndAnotherEhrsReferralOfTheSamePatientIsNotFound() {
        String ehrA = ehrSystem();
        String ehrB = ehrSystem();
        String mrn = "MRN-" + UUID.randomUUID();
        JsonPath ours = submit(ehrA, ReferralResourceTest.referral(mrn, "OUTPATIENT"));
        JsonPath theirs = submit(ehrB, ReferralResourceTest.referral(mrn, "INPATIENT"));
        String patientId = ours.getString("patientId");
        assertThat(theirs.getString("patientId")).isEqualTo(patientId);

        String read = as(ehrA).get("/api/referrals/{id}", ours.getString("referralId")).then().statusCode(200)
                .extract().asString();
        assertThat(read).doesNotContain("submittedBy", "test-ehr-");
        assertSameAsMissing(as(ehrA).get("/api/referrals/{id}", theirs.getString("referralId")),
                as(ehrA).get("/api/referrals/{id}", UUID.randomUUID()));
        assertSameAsMissing(as(ehrB).get("/api/referrals/{id}", ours.getString("referralId")),
                as(ehrB).get("/api/referrals/{id}", UUID.randomUUID()));
        assertSameAsMissing(cancel(ehrA, theirs.getString("referralId")), cancel(ehrA, UUID.randomUUID().toString()));
        given().get("/api/referrals/{id}", theirs.getString("referralId")).then().statusCode(200)
                .body("status", equalTo("REQUESTED"));

        assertThat(referralIds(ehrA, "/api/referrals")).containsExactly(ours.getString("referralId"));
        assertThat(referralIds(ehrA, "/api/referrals?patientId=" + patientId)).containsExactly(ours.getString("referralId"));
        assertThat(referralIds(ehrB, "/api/referrals?setting=OUTPATIENT")).isEmpty();
        assertThat(referralIds(TestTokens.coordinator(), "/api/referrals?patientId=" + patientId))
                .containsExactly(theirs.getString("referralId"), ours.getString("referralId"));
        cancel(ehrA, ours.getString("referralId")).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void anEhrSystemsListPagesThroughItsOwnReferralsEachOnceWhateverOthersSubmitInBetween() {
        String ehrA = ehrSystem();
        String ehrB = ehrSystem();
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ours.add(submit(ehrA, ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME")).getString("referralId"));
            submit(ehrB, ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME"));
        }

        List<String> listed = new ArrayList<>();
        String next = "/api/referrals?limit=1";
        while (next != null) {
            JsonPath page = as(ehrA).get(next).then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("referrals")).hasSizeLessThanOrEqualTo(1);
            listed.addAll(page.getList("referrals.referralId", String.class));
            next = page.getString("next");
        }

        assertThat(listed).containsExactlyElementsOf(ours.reversed());
    }

    @Test
    void anotherEhrsReferralKeyNeverReturnsThisOnesReferral() {
        String ehrA = ehrSystem();
        String ehrB = ehrSystem();
        Map<String, Object> referral = new HashMap<>(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME"));
        referral.put("referralIdentifier", Map.of("system", "urn:oid:1.2.3.4", "value", "REF-" + UUID.randomUUID()));
        String ours = submit(ehrA, referral).getString("referralId");

        String theirs = submit(ehrB, referral).getString("referralId");
        String retried = as(ehrA).contentType(ContentType.JSON).body(referral).post("/api/referrals").then().statusCode(200)
                .extract().path("referralId");

        assertThat(theirs).isNotEqualTo(ours);
        assertThat(retried).isEqualTo(ours);
    }

    @Test
    void aClinicianSeesThePatientsOnTheirSettingsCensusWhileTheirReferralThereIsOpen() {
        String ehr = ehrSystem();
        JsonPath referral = submit(ehr, ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "OUTPATIENT"));
        String referralId = referral.getString("referralId");
        String patientId = referral.getString("patientId");
        String outpatientClinician = clinician(CareSetting.OUTPATIENT);
        String inpatientClinician = clinician(CareSetting.INPATIENT);
        String clinicianOfNoSetting = TestTokens.as("dr-" + UUID.randomUUID(), Roles.CLINICIAN, Optional.empty());

        as(outpatientClinician).get("/api/patients/{id}/timeline", patientId).then().statusCode(200);
        as(outpatientClinician).get("/api/referrals/{id}", referralId).then().statusCode(200);
        assertThat(referralIds(outpatientClinician, "/api/referrals?patientId=" + patientId)).containsExactly(referralId);
        given().get("/api/patients/{id}/timeline", patientId).then().statusCode(200);
        for (String outsider : List.of(inpatientClinician, clinicianOfNoSetting)) {
            assertSameAsMissing(as(outsider).get("/api/patients/{id}/timeline", patientId),
                    as(outsider).get("/api/patients/{id}/timeline", UUID.randomUUID()));
            assertSameAsMissing(as(outsider).get("/api/referrals/{id}", referralId),
                    as(outsider).get("/api/referrals/{id}", UUID.randomUUID()));
            assertThat(referralIds(outsider, "/api/referrals?patientId=" + patientId)).isEmpty();
        }

        cancel(ehr, referralId).then().statusCode(200);

        as(outpatientClinician).get("/api/patients/{id}/timeline", patientId).then().statusCode(404);
        as(outpatientClinician).get("/api/referrals/{id}", referralId).then().statusCode(404);
        given().get("/api/patients/{id}/timeline", patientId).then().statusCode(200);
    }

    @Test
    void theReferralATransferOpensStaysWithTheEhrThatReferredThePatientAndMovesThemToTheOtherCensus() {
        String ehrA = ehrSystem();
        String ehrB = ehrSystem();
        JsonPath referral = submit(ehrA, ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "OUTPATIENT"));
        UUID referralId = UUID.fromString(referral.getString("referralId"));
        UUID patientId = UUID.fromString(referral.getString("patientId"));
        UUID opened = UUID.randomUUID();

        new KafkaEvents(bootstrapServers).publish(OUTPATIENT_SERVICE, new ReferralTransferred(referralId, patientId,
                CareSetting.OUTPATIENT, CareSetting.HOME, opened, "Wishes to be cared for at home", "Dr. Helen Park",
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/referrals/{id}", opened).statusCode() == 200);

        as(ehrA).get("/api/referrals/{id}", opened).then().statusCode(200)
                .body("transferredFrom", equalTo(referralId.toString()));
        as(ehrB).get("/api/referrals/{id}", opened).then().statusCode(404);
        as(clinician(CareSetting.HOME)).get("/api/patients/{id}/timeline", patientId).then().statusCode(200);
        as(clinician(CareSetting.OUTPATIENT)).get("/api/patients/{id}/timeline", patientId).then().statusCode(404);
    }

    /** A denial reads exactly as a record that does not exist: status, media type and body. */
    static void assertSameAsMissing(Response denied, Response missing) {
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(denied.statusCode()).as(denied.asString()).isEqualTo(404);
        assertThat(denied.contentType()).isEqualTo(missing.contentType());
        assertThat(denied.asString()).isEqualTo(missing.asString());
    }

    /** A new EHR system of its own for each test, so that its lists hold only what the test submits. */
    static String ehrSystem() {
        return TestTokens.as("test-ehr-" + UUID.randomUUID(), Roles.EHR_SYSTEM, Optional.empty());
    }

    static String clinician(CareSetting setting) {
        return TestTokens.as("dr-" + UUID.randomUUID(), Roles.CLINICIAN, Optional.of(setting));
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static JsonPath submit(String token, Map<String, Object> referral) {
        return as(token).contentType(ContentType.JSON).body(referral).post("/api/referrals").then().statusCode(201)
                .extract().jsonPath();
    }

    private static Response cancel(String token, String referralId) {
        return as(token).contentType(ContentType.JSON).body(Map.of("reason", "Referred in error"))
                .delete("/api/referrals/{id}", referralId);
    }

    private static List<String> referralIds(String token, String list) {
        return as(token).get(list).then().statusCode(200).extract().jsonPath().getList("referrals.referralId", String.class);
    }
}
