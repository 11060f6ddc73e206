package org.pallium.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pallium.events.CareSetting;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.Topic;
import org.pallium.platform.local.LocalSuite;
import org.pallium.platform.local.SuiteService;
import org.pallium.platform.testing.KafkaEvents;

/**
 * The flows of a referral, across the four services as separate processes on real infrastructure:
 * from the EHR through the setting's team to the patient's timeline, and on to another setting.
 */
@ExtendWith(SuiteExtension.class)
class ReferralToTimelineIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalSuite suite;

    ReferralToTimelineIT(LocalSuite suite) {
        this.suite = suite;
    }

    enum Setting {
        INPATIENT(SuiteService.INPATIENT),
        OUTPATIENT(SuiteService.OUTPATIENT),
        HOME(SuiteService.HOME_VISIT);

        final SuiteService service;

        Setting(SuiteService service) {
            this.service = service;
        }
    }

    @ParameterizedTest
    @EnumSource(Setting.class)
    void aReferralAcceptedByItsSettingsTeamAndItsFirstVisitJoinItOnTheTimeline(Setting setting) {
        JsonPath referral = given().contentType(ContentType.JSON).body(referral(setting))
                .post(gateway("/api/referrals"))
                .then().statusCode(201)
                .body("patientId", notNullValue())
                .body("status", equalTo("REQUESTED"))
                .extract().jsonPath();
        String referralId = referral.getString("referralId");
        String patientId = referral.getString("patientId");

        accept(setting, referralId);
        awaitStatus(referralId, "ACCEPTED");
        Instant visitStarted = setting == Setting.INPATIENT
                ? Instant.now().truncatedTo(ChronoUnit.MILLIS)
                : Instant.now().minus(40, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String visitLink = recordVisit(setting, referralId, patientId, visitStarted);

        List<String> expected = new ArrayList<>(List.of("org.pallium.referral.submitted.v2",
                "org.pallium.referral.received.v1", "org.pallium.referral.accepted.v1", "org.pallium.visit.completed.v2",
                "org.pallium.referral.first-visit-completed.v1"));
        if (setting == Setting.INPATIENT) {
            expected.addAll(List.of("org.pallium.consult.requested.v1", "org.pallium.consult.seen.v1"));
        }
        JsonPath timeline = await().atMost(PATIENCE).until(() -> timelineOf(patientId),
                page -> page.getList("entries").size() == expected.size());
        assertThat(timeline.getList("entries.type", String.class)).containsExactlyInAnyOrderElementsOf(expected);
        List<Instant> times = timeline.getList("entries.occurredAt", String.class).stream().map(Instant::parse).toList();
        assertThat(times).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(Instant.parse(timeline.getString("entries.find { it.type == 'org.pallium.visit.completed.v2' }.occurredAt")))
                .isEqualTo(visitStarted);
        if (setting != Setting.INPATIENT) {
            assertThat(times.getLast()).as("a visit documented late lands at its clinical time").isEqualTo(visitStarted);
        }
        assertThat(timeline.getString("entries.find { it.type == 'org.pallium.visit.completed.v2' }.link"))
                .isEqualTo(visitLink);
        awaitStatus(referralId, "FIRST_VISIT_COMPLETED");
        assertThat(timeline.getList("entries.setting", String.class)).containsOnly(setting.name());
    }

    @Test
    void aReferralWaitsForItsServiceWhileThatServiceIsDown() {
        suite.stop(SuiteService.HOME_VISIT);
        String referralId;
        try {
            referralId = given().contentType(ContentType.JSON).body(referral(Setting.HOME))
                    .post(gateway("/api/referrals"))
                    .then().statusCode(201).extract().path("referralId");
            given().get(gateway("/api/referrals/" + referralId)).then().body("status", equalTo("REQUESTED"));
        } finally {
            suite.restart(SuiteService.HOME_VISIT);
        }
        accept(Setting.HOME, referralId);
        awaitStatus(referralId, "ACCEPTED");
    }

    /**
     * A crashed service never left its consumer group; back up, it must get its partitions within
     * the consumers' short session (10 s), not the 45 s a client's default would leave it waiting.
     */
    @Test
    void aServiceBackFromACrashConsumesAgainWithinSeconds() {
        suite.kill(SuiteService.HOME_VISIT);
        suite.restart(SuiteService.HOME_VISIT);

        String referralId = given().contentType(ContentType.JSON).body(referral(Setting.HOME))
                .post(gateway("/api/referrals"))
                .then().statusCode(201).extract().path("referralId");
        await().atMost(Duration.ofSeconds(30)).until(
                () -> given().get(gateway("/api/referrals/" + referralId)).then().extract().path("status"),
                "RECEIVED"::equals);
    }

    @Test
    void aCancellationAfterAcceptanceReachesTheService() {
        String referralId = given().contentType(ContentType.JSON).body(referral(Setting.HOME))
                .post(gateway("/api/referrals"))
                .then().statusCode(201).extract().path("referralId");
        accept(Setting.HOME, referralId);
        awaitStatus(referralId, "ACCEPTED");

        given().contentType(ContentType.JSON).body(Map.of("reason", "Patient moved to another region"))
                .delete(gateway("/api/referrals/" + referralId))
                .then().statusCode(200).body("status", equalTo("CANCELLED"));

        await().atMost(PATIENCE).until(
                () -> given().get(service(Setting.HOME, "/api/admissions")).then().statusCode(200).extract().jsonPath()
                        .getString("items.find { it.referralId == '" + referralId + "' }.lifecycle.status"),
                "CANCELLED"::equals);
    }

    @Test
    void anEhrFollowsAReferralThroughItsWholeLifeAtTheGateway() {
        JsonPath submitted = given().contentType(ContentType.JSON).body(referral(Setting.OUTPATIENT))
                .post(gateway("/api/referrals")).then().statusCode(201).extract().jsonPath();
        String referralId = submitted.getString("referralId");
        String patientId = submitted.getString("patientId");
        Instant firstVisitAt = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

        accept(Setting.OUTPATIENT, referralId);
        awaitStatus(referralId, "ACCEPTED");
        step(Setting.OUTPATIENT, referralId, "schedule", Map.of("clinician", "Coordinator Ida Orloff",
                "firstVisitAt", firstVisitAt.toString())).body("status", equalTo("SCHEDULED"));
        awaitStatus(referralId, "SCHEDULED");
        Instant visited = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        recordVisit(Setting.OUTPATIENT, referralId, patientId, visited);
        awaitStatus(referralId, "FIRST_VISIT_COMPLETED");
        step(Setting.OUTPATIENT, referralId, "conclusion", Map.of("clinician", "Dr. Elisabeth Kübler-Ross",
                "outcome", "COMPLETED", "reason", "Breathlessness controlled; followed by the GP"))
                .body("status", equalTo("COMPLETED"));
        awaitStatus(referralId, "COMPLETED");

        JsonPath followed = given().get(gateway("/api/referrals/" + referralId)).then().statusCode(200).extract().jsonPath();
        assertThat(followed.getList("history.status", String.class)).containsExactly("REQUESTED", "RECEIVED", "ACCEPTED",
                "SCHEDULED", "FIRST_VISIT_COMPLETED", "COMPLETED");
        assertThat(followed.getList("history.by", String.class)).containsExactly("Dr. Test Referrer",
                "/pallium/outpatient-service", "/pallium/outpatient-service", "Coordinator Ida Orloff",
                "/pallium/outpatient-service", "Dr. Elisabeth Kübler-Ross");
        assertThat(Instant.parse(followed.getString("history[3].firstVisitAt"))).isEqualTo(firstVisitAt);
        assertThat(Instant.parse(followed.getString("history[4].at"))).isEqualTo(visited);
        assertThat(followed.getString("history[5].reason")).isEqualTo("Breathlessness controlled; followed by the GP");
        assertThat(timelineOf(patientId).getList("entries.title", String.class)).contains(
                "Care by the outpatient clinic team completed", "First visit by the outpatient clinic team",
                "Referral accepted by the outpatient clinic team");
    }

    @Test
    void aPatientDischargedFromHospitalIsTransferredHomeWithTheirContextAndTheGatewayKeepsTheChain() {
        JsonPath submitted = given().contentType(ContentType.JSON).body(referral(Setting.INPATIENT))
                .post(gateway("/api/referrals")).then().statusCode(201).extract().jsonPath();
        String hospitalId = submitted.getString("referralId");
        String patientId = submitted.getString("patientId");
        accept(Setting.INPATIENT, hospitalId);
        recordVisit(Setting.INPATIENT, hospitalId, patientId, Instant.now());

        String homeId = step(Setting.INPATIENT, hospitalId, "transfer", Map.of("clinician", "Dr. Balfour Mount",
                "toSetting", "HOME", "reason", "Discharged home; wishes to stay with family"))
                .body("status", equalTo("TRANSFERRED"))
                .extract().path("transferred.newReferralId");

        awaitStatus(hospitalId, "TRANSFERRED");
        given().get(gateway("/api/referrals/" + hospitalId)).then().body("transferredTo", equalTo(homeId));
        awaitStatus(homeId, "RECEIVED");
        given().get(gateway("/api/referrals/" + homeId)).then()
                .body("transferredFrom", equalTo(hospitalId))
                .body("setting", equalTo("HOME"))
                .body("routedBecause", equalTo("TRANSFERRED_FROM_SETTING"))
                .body("patientId", equalTo(patientId))
                .body("diagnosis.text", equalTo("Heart failure, NYHA IV"));
        List<KafkaEvents.Received> handOffs = new KafkaEvents(suite.kafkaBootstrapServers()).read(Topic.REFERRAL_EVENTS,
                received -> received.event() instanceof ReferralSubmitted handOff
                        && handOff.referralId().toString().equals(homeId),
                found -> !found.isEmpty(), PATIENCE);
        ReferralSubmitted handOff = (ReferralSubmitted) handOffs.getFirst().event();
        assertThat(handOff.setting()).isEqualTo(CareSetting.HOME);
        assertThat(handOff.patient().name()).isEqualTo("Test Patient");
        assertThat(handOff.patient().address().city()).isEqualTo("Springfield");
        assertThat(handOff.diagnosis().text()).isEqualTo("Heart failure, NYHA IV");
        assertThat(handOff.symptoms()).containsExactly("breathlessness", "anxiety");
        assertThat(handOff.referrer().clinician()).isEqualTo("Dr. Balfour Mount");
        assertThat(handOff.reason()).isEqualTo("Discharged home; wishes to stay with family");
        JsonPath admission = given().get(service(Setting.HOME, "/api/admissions")).then().statusCode(200).extract()
                .jsonPath().setRootPath("items.find { it.referralId == '" + homeId + "' }");
        assertThat(admission.getString("patientId")).isEqualTo(patientId);
        assertThat(admission.getString("patientName")).isEqualTo("Test Patient");
        assertThat(admission.getString("referringClinician")).isEqualTo("Dr. Balfour Mount");
        assertThat(admission.getString("reason")).isEqualTo("Discharged home; wishes to stay with family");
        assertThat(admission.getString("lifecycle.status")).isEqualTo("RECEIVED");

        accept(Setting.HOME, homeId);
        recordVisit(Setting.HOME, homeId, patientId, Instant.now().minus(10, ChronoUnit.MINUTES));
        awaitStatus(homeId, "FIRST_VISIT_COMPLETED");
        given().contentType(ContentType.JSON).body(Map.of("reason", "Moved to another region"))
                .delete(gateway("/api/referrals/" + hospitalId))
                .then().statusCode(200).body("status", equalTo("TRANSFERRED"));
    }

    @Test
    void anEhrSpeakingFhirFollowsItsReferralAsATaskAndRevokesIt() throws Exception {
        String serviceRequestUrl = given().contentType("application/fhir+json")
                .body(ReferralRequests.serviceRequest("MRN-" + UUID.randomUUID(), "HOME"))
                .post(gateway("/fhir/r4/ServiceRequest"))
                .then().statusCode(201).contentType("application/fhir+json").extract().header("Location");
        String referralId = serviceRequestUrl.substring(serviceRequestUrl.lastIndexOf('/') + 1);
        assertThat(given().get(gateway("/fhir/r4/metadata")).then().statusCode(200).extract().jsonPath()
                .getList("rest[0].resource.type", String.class)).contains("ServiceRequest", "Task");

        awaitTaskStatus(referralId, "received");
        accept(Setting.HOME, referralId);
        awaitTaskStatus(referralId, "accepted");

        ObjectNode revoked = (ObjectNode) JSON.readTree(given().get(serviceRequestUrl).then().statusCode(200).extract().asString());
        revoked.put("status", "revoked");
        given().contentType("application/fhir+json").body(JSON.writeValueAsString(revoked)).put(serviceRequestUrl)
                .then().statusCode(200).body("status", equalTo("revoked"));

        awaitTaskStatus(referralId, "cancelled");
        await().atMost(PATIENCE).until(
                () -> given().get(service(Setting.HOME, "/api/admissions")).then().statusCode(200).extract().jsonPath()
                        .getString("items.find { it.referralId == '" + referralId + "' }.lifecycle.status"),
                "CANCELLED"::equals);
    }

    /** The BSeR Task of the referral, as an EHR polls it: GET Task?based-on=ServiceRequest/{id}. */
    private void awaitTaskStatus(String referralId, String status) {
        await().atMost(PATIENCE).until(
                () -> given().get(gateway("/fhir/r4/Task?based-on=ServiceRequest/" + referralId)).then().statusCode(200)
                        .extract().jsonPath().getString("entry[0].resource.status"),
                status::equals);
    }

    private ValidatableResponse step(Setting setting, String referralId, String step, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post(service(setting, "/api/referrals/" + referralId + "/" + step)).then().statusCode(200);
    }

    /** The setting's team accepts the referral, once its service has received it. */
    private void accept(Setting setting, String referralId) {
        awaitStatus(referralId, "RECEIVED");
        step(setting, referralId, "acceptance", Map.of("clinician", "Dr. Elisabeth Kübler-Ross"))
                .body("status", equalTo("ACCEPTED"));
    }

    private String recordVisit(Setting setting, String referralId, String patientId, Instant started) {
        Map<String, Object> visit = Map.of(
                "clinician", "Dr. Elisabeth Kübler-Ross", "discipline", "PHYSICIAN",
                "startedAt", started.toString(), "endedAt", started.plus(35, ChronoUnit.MINUTES).toString());
        String location = switch (setting) {
            case INPATIENT -> given().contentType(ContentType.JSON).body(with(visit, "kind", "INITIAL_CONSULT"))
                    .post(service(setting, "/api/consults/" + consultOf(referralId) + "/encounters"))
                    .then().statusCode(201).extract().header("Location");
            case OUTPATIENT -> given().contentType(ContentType.JSON)
                    .body(with(with(visit, "patientId", patientId), "visitType", "SYMPTOM_FOCUSED"))
                    .post(service(setting, "/api/visits"))
                    .then().statusCode(201).extract().header("Location");
            case HOME -> given().contentType(ContentType.JSON).body(with(visit, "patientId", patientId))
                    .post(service(setting, "/api/visits"))
                    .then().statusCode(201).extract().header("Location");
        };
        return location;
    }

    private String consultOf(String referralId) {
        return await().atMost(PATIENCE).until(
                () -> given().queryParam("referralId", referralId).get(service(Setting.INPATIENT, "/api/consults"))
                        .then().statusCode(200).extract().jsonPath().getString("[0].id"),
                id -> id != null);
    }

    private void awaitStatus(String referralId, String status) {
        await().atMost(PATIENCE).until(
                () -> given().get(gateway("/api/referrals/" + referralId)).then().statusCode(200).extract().path("status"),
                status::equals);
    }

    private JsonPath timelineOf(String patientId) {
        return given().get(gateway("/api/patients/" + patientId + "/timeline")).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> referral(Setting setting) {
        return ReferralRequests.referral("MRN-" + UUID.randomUUID(), setting.name());
    }

    private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    private String gateway(String path) {
        return suite.url(SuiteService.REFERRAL_GATEWAY).resolve(path).toString();
    }

    private String service(Setting setting, String path) {
        return suite.url(setting.service).resolve(path).toString();
    }
}
