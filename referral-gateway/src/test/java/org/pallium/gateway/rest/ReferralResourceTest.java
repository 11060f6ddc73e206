package org.pallium.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.Topic;
import org.pallium.gateway.repository.Patient;
import org.pallium.gateway.repository.Referral;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.LocalInfrastructureResource;

@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
public class ReferralResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aReferralIsCreatedAndHandedToItsSettingKeyedByPatient() {
        String mrn = "MRN-" + UUID.randomUUID();
        String referralId = given().contentType(ContentType.JSON).body(referral(mrn, "HOME"))
                .post("/api/referrals")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("patientId", notNullValue())
                .body("status", equalTo("REQUESTED"))
                .body("setting", equalTo("HOME"))
                .extract().path("referralId");
        String patientId = given().get("/api/referrals/{id}", referralId).then().statusCode(200)
                .extract().path("patientId");

        List<KafkaEvents.Received> handOffs = new KafkaEvents(bootstrapServers).read(Topic.REFERRAL_EVENTS,
                received -> received.event() instanceof ReferralSubmitted submitted
                        && submitted.referralId().toString().equals(referralId),
                found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertThat(handOffs).hasSize(1);
        ReferralSubmitted handOff = (ReferralSubmitted) handOffs.getFirst().event();
        assertThat(handOffs.getFirst().key()).isEqualTo(patientId);
        assertThat(handOffs.getFirst().attributes().type()).isEqualTo("org.pallium.referral.submitted.v2");
        assertThat(handOff.setting()).isEqualTo(CareSetting.HOME);
        assertThat(handOff.patient().identifier().value()).isEqualTo(mrn);
    }

    @Test
    void theSameIdentifierAlwaysMeansTheSamePatient() {
        String mrn = "MRN-" + UUID.randomUUID();
        String first = submit(referral(mrn, "INPATIENT"));
        String second = submit(referral(mrn, "OUTPATIENT"));
        Map<String, Object> fromAnotherSystem = new HashMap<>(referral(mrn, "HOME"));
        fromAnotherSystem.put("patient", patient("urn:oid:1.2.3", mrn));
        String otherSystem = submit(fromAnotherSystem);

        assertThat(second).isEqualTo(first);
        assertThat(otherSystem).isNotEqualTo(first);
    }

    @Test
    void concurrentReferralsOfANewPatientAgreeOnOnePatientId() throws Exception {
        String mrn = "MRN-" + UUID.randomUUID();
        int concurrent = 12;
        List<Callable<String>> submissions = IntStream.range(0, concurrent)
                .<Callable<String>>mapToObj(i -> () -> submit(referral(mrn, "OUTPATIENT"))).toList();
        List<String> patientIds;
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrent)) {
            patientIds = pool.invokeAll(submissions).stream().map(ReferralResourceTest::result).toList();
        }

        assertThat(patientIds).hasSize(concurrent).containsOnly(patientIds.getFirst());
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                Patient.count("identifierValue", mrn))).isEqualTo(1);
    }

    @Test
    void aBadReferralIsRefusedWithEveryProblemAndNothingIsWritten() {
        long referralsBefore = referralCount();

        given().contentType(ContentType.JSON)
                .body(Map.of("patient", Map.of("identifier", Map.of("system", " "), "name", ""), "reason", "Pain"))
                .post("/api/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.pointer", containsInAnyOrder("/patient/identifier/system", "/patient/identifier/value",
                        "/patient/name", "/patient/birthDate", "/patient/sex", "/diagnosis", "/urgency", "/referrer"));
        Map<String, Object> toTheMoon = new HashMap<>(referral("MRN-" + UUID.randomUUID(), "HOME"));
        toTheMoon.put("setting", "MOON");
        given().contentType(ContentType.JSON)
                .body(toTheMoon)
                .post("/api/referrals")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].pointer", equalTo("/setting"))
                .body("violations[0].message", endsWith("(one of [INPATIENT, OUTPATIENT, HOME])"));
        given().contentType(ContentType.JSON).body("{\"patient\": ")
                .post("/api/referrals")
                .then().statusCode(400).contentType("application/problem+json");

        assertThat(referralCount()).isEqualTo(referralsBefore);
    }

    @Test
    void withoutASettingPalliumRoutesTheReferralByTheDocumentedRules() {
        assertRouted(Map.of("patientAdmitted", true, "homebound", true), "INPATIENT", "PATIENT_ADMITTED");
        assertRouted(Map.of("homeCareRequested", true), "HOME", "HOMEBOUND_OR_HOME_CARE_REQUESTED");
        assertRouted(Map.of(), "OUTPATIENT", "EVERYONE_ELSE_TO_CLINIC");
        assertRouted(Map.of("setting", "OUTPATIENT", "patientAdmitted", true), "OUTPATIENT", "REQUESTED_BY_REFERRER");
    }

    private static void assertRouted(Map<String, Object> routing, String setting, String because) {
        Map<String, Object> referral = new HashMap<>(referral("MRN-" + UUID.randomUUID(), "HOME"));
        referral.remove("setting");
        referral.putAll(routing);
        given().contentType(ContentType.JSON).body(referral).post("/api/referrals")
                .then().statusCode(201)
                .body("setting", equalTo(setting))
                .body("routedBecause", equalTo(because));
    }

    @Test
    void anUnknownReferralIsNotFound() {
        given().get("/api/referrals/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** A complete referral of an adult with an address, so it suits every setting. */
    public static Map<String, Object> referral(String mrn, String setting) {
        return Map.ofEntries(
                Map.entry("patient", patient("urn:oid:2.16.840.1.113883.19.5", mrn)),
                Map.entry("diagnosis", Map.of(
                        "code", Map.of("system", "http://hl7.org/fhir/sid/icd-10-cm", "code", "C50.919",
                                "display", "Malignant neoplasm of unspecified site of unspecified female breast"),
                        "text", "Metastatic breast cancer", "diagnosedOn", "2026-06-15", "advancedCancer", true)),
                Map.entry("reason", "Uncontrolled pain, metastatic breast cancer"),
                Map.entry("symptoms", List.of("pain", "breathlessness")),
                Map.entry("urgency", "URGENT"),
                Map.entry("goalsOfCare", "Comfort; to stay at home as long as possible"),
                Map.entry("setting", setting),
                Map.entry("referrer", Map.of("clinician", "Dr. Cicely Saunders", "organisation", "St Christopher's Hospital")),
                Map.entry("coverage", Map.of("type", "MEDICARE", "memberId", "1EG4-TE5-MK72")),
                Map.entry("attachments", List.of(Map.of("url", "https://ehr.example.org/DocumentReference/77",
                        "contentType", "application/pdf", "title", "Oncology letter"))));
    }

    static Map<String, Object> patient(String system, String mrn) {
        return Map.of("identifier", Map.of("system", system, "value", mrn), "name", "Ada Lovelace",
                "birthDate", "1952-12-10", "sex", "FEMALE", "phone", "+1 555 0100", "preferredLanguage", "en",
                "address", Map.of("lines", List.of("12 Elm Street"), "city", "Springfield", "state", "IL",
                        "postalCode", "62701"));
    }

    public static String submit(Map<String, Object> referral) {
        return given().contentType(ContentType.JSON).body(referral).post("/api/referrals")
                .then().statusCode(201).extract().path("patientId");
    }

    private static long referralCount() {
        return QuarkusTransaction.requiringNew().call(() -> Referral.count());
    }

    private static String result(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
