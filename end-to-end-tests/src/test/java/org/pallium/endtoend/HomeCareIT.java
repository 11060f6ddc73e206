package org.pallium.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pallium.events.CareSetting;
import org.pallium.platform.local.LocalSuite;
import org.pallium.platform.local.SuiteService;
import org.pallium.platform.security.Roles;

/**
 * The home programme across the services: the nurse line dispatching an urgent visit to the nurse on
 * call, a visit documented offline reaching the patient's timeline at its clinical time, and a
 * nurse's view kept to their own caseload. Each test has nurses and patients of its own.
 */
@ExtendWith(SuiteExtension.class)
class HomeCareIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The home programme's calendar (pallium.home.time-zone), in which a nurse's day is named. */

    private final LocalSuite suite;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    HomeCareIT(LocalSuite suite) {
        this.suite = suite;
    }

    /**
     * A nurse takes a call about breathlessness and dispatches an urgent visit while a colleague is on
     * call: the visit heads the colleague's day, before the routine visit they had since the morning,
     * and the patient's timeline at the gateway shows the dispatch.
     */
    @Test
    void anUrgentVisitDispatchedFromACallHeadsTheOnCallNursesRouteAndShowsOnTheTimeline() {
        String nurse = "homecare-nurse-" + run;
        String onCall = "homecare-on-call-" + run;
        String patientId = admittedPatient(nurse);
        Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(receivedAt, World.HOME_ZONE);
        given().contentType(ContentType.JSON).body(Map.of("nurse", onCall, "startsAt", receivedAt.minusSeconds(60).toString(),
                "endsAt", receivedAt.plus(8, ChronoUnit.HOURS).toString()))
                .post(home("/api/on-call/shifts")).then().statusCode(201);
        String routineVisit = given().contentType(ContentType.JSON).body(Map.of("id", UUID.randomUUID(), "patientId", patientId,
                "discipline", "NURSE", "mode", "IN_PERSON", "assignedTo", onCall,
                "scheduledStart", today.atStartOfDay(World.HOME_ZONE).toInstant().toString(), "durationMinutes", 30))
                .post(home("/api/scheduled-visits")).then().statusCode(201).extract().path("id");

        String urgentVisit = as(nurse).contentType(ContentType.JSON).body(Map.of("id", UUID.randomUUID(),
                "patientId", patientId, "callerType", "FAMILY", "receivedAt", receivedAt.toString(), "durationSeconds", 420,
                "reason", "BREATHLESSNESS", "outcome", "URGENT_VISIT_DISPATCHED",
                "followUp", "Call the daughter back after the visit"))
                .post(home("/api/calls")).then().statusCode(201).extract().path("dispatchedVisitId");

        assertThat(urgentVisit).isNotNull();
        List<Map<String, Object>> route = Listed.items(as(onCall).queryParam("date", today.toString())
                .get(home("/api/me/visits")).then().statusCode(200).extract().asString());
        assertThat(route).extracting(visit -> visit.get("id")).containsSubsequence(urgentVisit, routineVisit);
        assertThat(route.getFirst()).containsEntry("id", urgentVisit).containsEntry("urgent", true)
                .containsEntry("assignedTo", onCall);
        assertThat(Listed.items(as(nurse).queryParam("date", today.toString()).get(home("/api/me/visits"))
                .then().statusCode(200).extract().asString())).extracting(visit -> visit.get("id")).doesNotContain(urgentVisit);

        List<Map<String, Object>> entries = awaitTimeline(patientId, found -> found.stream()
                .anyMatch(entry -> "org.pallium.visit.urgent-dispatched.v1".equals(entry.get("type"))));
        Map<String, Object> dispatch = entries.stream()
                .filter(entry -> "org.pallium.visit.urgent-dispatched.v1".equals(entry.get("type"))).findFirst().orElseThrow();
        assertThat((String) dispatch.get("title")).startsWith("Urgent home visit dispatched after a call about breathlessness");
        assertThat((String) dispatch.get("link")).endsWith("/api/visits/" + urgentVisit);
    }

    /**
     * A visit documented offline yesterday and uploaded today, after a visit documented online an
     * hour ago, sits on the timeline at yesterday's time: after the later visit, newest first, however
     * late it arrived.
     */
    @Test
    void aVisitDocumentedOfflineYesterdayLandsOnTheTimelineAtItsClinicalTime() {
        String nurse = "homecare-offline-nurse-" + run;
        String patientId = admittedPatient(nurse);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String onlineVisit = as(nurse).contentType(ContentType.JSON).body(Map.of("id", UUID.randomUUID(), "patientId", patientId,
                "clinician", nurse, "discipline", "NURSE", "startedAt", now.minus(1, ChronoUnit.HOURS).toString(),
                "endedAt", now.minus(15, ChronoUnit.MINUTES).toString()))
                .post(home("/api/visits")).then().statusCode(201).extract().path("id");
        Instant yesterday = now.minus(1, ChronoUnit.DAYS);
        String offlineVisit = UUID.randomUUID().toString();

        JsonPath synced = as(nurse).contentType(ContentType.JSON).body(Map.of("items", List.of(Map.of(
                        "mutationId", UUID.randomUUID(), "kind", "VISIT", "operation", "UPSERT", "id", offlineVisit,
                        "patientId", patientId, "data", Map.of("clinician", nurse, "discipline", "NURSE",
                                "startedAt", yesterday.toString(), "endedAt", yesterday.plus(50, ChronoUnit.MINUTES).toString(),
                                "notes", "Documented in the basement flat, no signal")))))
                .post(home("/api/sync")).then().statusCode(200).extract().jsonPath();
        assertThat(synced.getString("results[0].status")).isEqualTo("APPLIED");
        assertThat(synced.getString("results[0].id")).isEqualTo(offlineVisit);

        List<Map<String, Object>> entries = awaitTimeline(patientId, found -> visitEntry(found, offlineVisit).isPresent()
                && visitEntry(found, onlineVisit).isPresent());
        int offline = entries.indexOf(visitEntry(entries, offlineVisit).orElseThrow());
        int online = entries.indexOf(visitEntry(entries, onlineVisit).orElseThrow());
        assertThat(Instant.parse((String) entries.get(offline).get("occurredAt"))).isEqualTo(yesterday);
        assertThat(offline).as("the offline visit, clinically earlier, after the online one, newest first").isGreaterThan(online);
    }

    /**
     * A nurse asks about a patient on a colleague's caseload: the doorstep view and the home record
     * are unknown to them, and the patient is absent from their census and from their sync, while
     * their own patient is in both.
     */
    @Test
    void aNurseDoesNotSeeAPatientOffTheirCaseload() {
        String nurse = "homecare-own-nurse-" + run;
        String colleague = "homecare-colleague-" + run;
        String own = admittedPatient(nurse);
        String colleagues = admittedPatient(colleague);
        for (String patientId : List.of(own, colleagues)) {
            given().contentType(ContentType.JSON).body(Map.of("residence", "RELATIVES_HOME", "addressLine", "3 Elm Street",
                            "city", "Springfield", "allergiesStatus", "NO_KNOWN_ALLERGIES",
                            "assignedNurse", patientId.equals(own) ? nurse : colleague))
                    .put(home("/api/patients/" + patientId + "/home")).then().statusCode(201);
        }

        as(nurse).get(home("/api/patients/" + own + "/essentials")).then().statusCode(200);
        as(nurse).get(home("/api/patients/" + colleagues + "/essentials")).then().statusCode(404);
        as(nurse).get(home("/api/patients/" + own + "/home")).then().statusCode(200);
        as(nurse).get(home("/api/patients/" + colleagues + "/home")).then().statusCode(404);
        List<Object> census = Listed.items(as(nurse).get(home("/api/admissions")).then().statusCode(200).extract().asString())
                .stream().map(admission -> admission.get("patientId")).toList();
        assertThat(census).contains(own).doesNotContain(colleagues);
        List<Object> synced = changesSince(nurse).stream().map(change -> change.get("patientId")).toList();
        assertThat(synced).contains(own).doesNotContain(colleagues);
    }

    /** Every change the nurse's app receives from the start, page after page. */
    private List<Map<String, Object>> changesSince(String nurse) {
        List<Map<String, Object>> changes = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            RequestSpecification request = as(nurse).queryParam("limit", 200);
            if (cursor != null) {
                request = request.queryParam("since", cursor);
            }
            JsonPath page = request.get(home("/api/sync")).then().statusCode(200).extract().jsonPath();
            changes.addAll(page.getList("changes"));
            cursor = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        return changes;
    }

    /** A new patient referred to the home programme and accepted naming {@code nurse}, whose caseload they join. */
    private String admittedPatient(String nurse) {
        JsonPath referred = given().contentType(ContentType.JSON)
                .body(ReferralRequests.referral("HOMECARE-" + UUID.randomUUID(), "HOME"))
                .post(gateway("/api/referrals")).then().statusCode(201).extract().jsonPath();
        String referralId = referred.getString("referralId");
        await().atMost(PATIENCE).until(() -> given().get(gateway("/api/referrals/" + referralId)).then().extract()
                .jsonPath().getList("history.status", String.class), history -> history != null && history.contains("RECEIVED"));
        given().contentType(ContentType.JSON).body(Map.of("clinician", nurse))
                .post(home("/api/referrals/" + referralId + "/acceptance")).then().statusCode(200);
        return referred.getString("patientId");
    }

    /** The patient's timeline at the gateway, newest first, once it satisfies {@code done}. */
    private List<Map<String, Object>> awaitTimeline(String patientId, Predicate<List<Map<String, Object>>> done) {
        return await().atMost(PATIENCE).until(() -> given().get(gateway("/api/patients/" + patientId + "/timeline"))
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("entries"), done::test);
    }

    /** The timeline's entry of a completed visit. */
    private static Optional<Map<String, Object>> visitEntry(List<Map<String, Object>> entries, String visitId) {
        return entries.stream().filter(entry -> String.valueOf(entry.get("type")).startsWith("org.pallium.visit.completed.")
                && String.valueOf(entry.get("link")).endsWith("/api/visits/" + visitId)).findFirst();
    }

    private RequestSpecification as(String nurse) {
        return given().header("Authorization", "Bearer "
                + suite.issuer().token(nurse, Roles.HOME_NURSE, Optional.of(CareSetting.HOME.name())));
    }

    private String home(String path) {
        return suite.url(SuiteService.HOME_VISIT).resolve(path).toString();
    }

    private String gateway(String path) {
        return suite.url(SuiteService.REFERRAL_GATEWAY).resolve(path).toString();
    }
}
