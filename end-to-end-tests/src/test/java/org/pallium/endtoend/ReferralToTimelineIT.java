package org.pallium.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pallium.platform.local.LocalSuite;
import org.pallium.platform.local.SuiteService;

/** The foundation's flow, across the four services as separate processes on real infrastructure. */
@ExtendWith(SuiteExtension.class)
class ReferralToTimelineIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

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
    void aReferralIsAcceptedByItsSettingAndItsVisitJoinsItOnTheTimeline(Setting setting) {
        JsonPath referral = given().contentType(ContentType.JSON).body(referral(setting))
                .post(gateway("/api/referrals"))
                .then().statusCode(201)
                .body("patientId", notNullValue())
                .body("status", equalTo("REQUESTED"))
                .extract().jsonPath();
        String referralId = referral.getString("referralId");
        String patientId = referral.getString("patientId");

        awaitStatus(referralId, "ACCEPTED");
        Instant visitStarted = Instant.now().minus(40, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        String visitLink = recordVisit(setting, referralId, patientId, visitStarted);

        JsonPath timeline = await().atMost(PATIENCE).until(() -> timelineOf(patientId),
                page -> page.getList("entries").size() == 4);
        assertThat(timeline.getList("entries.type", String.class)).containsExactlyInAnyOrder(
                "org.pallium.referral.submitted.v2", "org.pallium.referral.received.v1",
                "org.pallium.referral.accepted.v1", "org.pallium.visit.completed.v1");
        List<Instant> times = timeline.getList("entries.occurredAt", String.class).stream().map(Instant::parse).toList();
        assertThat(times).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(times.getLast()).isEqualTo(visitStarted);
        assertThat(timeline.getString("entries[3].link")).isEqualTo(visitLink);
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
                "ACCEPTED"::equals);
    }

    @Test
    void aCancellationAfterAcceptanceReachesTheService() {
        String referralId = given().contentType(ContentType.JSON).body(referral(Setting.HOME))
                .post(gateway("/api/referrals"))
                .then().statusCode(201).extract().path("referralId");
        awaitStatus(referralId, "ACCEPTED");

        given().contentType(ContentType.JSON).body(Map.of("reason", "Patient moved to another region"))
                .delete(gateway("/api/referrals/" + referralId))
                .then().statusCode(200).body("status", equalTo("CANCELLED"));

        await().atMost(PATIENCE).until(
                () -> given().get(service(Setting.HOME, "/api/admissions")).then().statusCode(200).extract().jsonPath()
                        .getString("find { it.referralId == '" + referralId + "' }.status"),
                "CANCELLED"::equals);
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
                () -> given().get(service(Setting.INPATIENT, "/api/consults")).then().statusCode(200).extract().jsonPath()
                        .getString("find { it.referralId == '" + referralId + "' }.id"),
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
