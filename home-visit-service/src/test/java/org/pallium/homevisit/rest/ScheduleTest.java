package org.pallium.homevisit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.pallium.homevisit.rest.HomeFixtures.user;
import static org.pallium.platform.testing.AccessChecks.as;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.Topic;
import org.pallium.events.VisitCancelled;
import org.pallium.events.VisitEvent;
import org.pallium.events.VisitScheduled;
import org.pallium.platform.outbox.OutboxRelay;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.LocalInfrastructureResource;
import org.pallium.platform.testing.TestTokens;

/**
 * The home programme's schedule: visit plans generating the weeks ahead, a nurse's day in route
 * order, visits handed to a colleague while a nurse is off, and a plan that ends.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "homevisit"))
class ScheduleTest {

    private static final int HORIZON_DAYS = 28;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration DUPLICATE_WINDOW = Duration.ofSeconds(3);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OutboxRelay relay;

    @Test
    void weeklyNursingAndFortnightlySocialWorkAreScheduledForTheWeeksAheadOnce() {
        String nurse = user("nurse-plan");
        String socialWorker = user("sw-plan");
        UUID patientId = fixtures().admitted(nurse);
        assignVisitors(patientId, nurse, socialWorker);
        LocalDate today = LocalDate.now(HomeFixtures.PROGRAMME_ZONE);
        DayOfWeek weekday = today.plusDays(1).getDayOfWeek();
        UUID nursing = UUID.randomUUID();
        Map<String, Object> weekly = plan(nursing, "NURSE", "IN_PERSON", 1, weekday, "10:00", today);

        given().contentType(ContentType.JSON).body(weekly).post("/api/patients/{p}/visit-plans", patientId).then()
                .statusCode(201).body("everyWeeks", equalTo(1));
        given().contentType(ContentType.JSON).body(weekly).post("/api/patients/{p}/visit-plans", patientId).then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(plan(UUID.randomUUID(), "SOCIAL_WORKER", "VIDEO", 2, weekday, "14:00", today))
                .post("/api/patients/{p}/visit-plans", patientId).then().statusCode(201);

        List<Map<String, Object>> visits = visitsOf(patientId);
        assertThat(visits).filteredOn(visit -> "NURSE".equals(visit.get("discipline")))
                .extracting(visit -> visit.get("scheduledStart"))
                .containsExactlyInAnyOrderElementsOf(starts(plannedDays(today, weekday, 1), "10:00"));
        assertThat(visits).filteredOn(visit -> "SOCIAL_WORKER".equals(visit.get("discipline")))
                .allSatisfy(visit -> {
                    assertThat(visit.get("assignedTo")).isEqualTo(socialWorker);
                    assertThat(visit.get("encounterClass")).isEqualTo("VR");
                })
                .extracting(visit -> visit.get("scheduledStart"))
                .containsExactlyInAnyOrderElementsOf(starts(plannedDays(today, weekday, 2), "14:00"));
        assertThat(visits).filteredOn(visit -> "NURSE".equals(visit.get("discipline")))
                .allSatisfy(visit -> assertThat(visit.get("assignedTo")).isEqualTo(nurse));
        List<KafkaEvents.Received> announced = publishedAbout(patientId, visits.size());
        assertThat(announced).hasSize(visits.size()).allSatisfy(received ->
                assertThat(received.event()).isInstanceOf(VisitScheduled.class));

        LocalDate firstVisitDay = plannedDays(today, weekday, 1).getFirst();
        as(TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty())).queryParam("date", firstVisitDay.toString())
                .get("/api/me/visits").then().statusCode(200)
                .body("items.discipline", org.hamcrest.Matchers.contains("NURSE"))
                .body("items[0].planId", equalTo(nursing.toString()));
        as(TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty())).contentType(ContentType.JSON)
                .body(plan(UUID.randomUUID(), "NURSE", "IN_PERSON", 1, weekday, "09:00", today))
                .post("/api/patients/{p}/visit-plans", patientId).then().statusCode(403);
    }

    @Test
    void aNursesDayIsInRouteOrderUrgentFirstAndWithoutCancelledVisits() {
        String nurse = user("nurse-route");
        UUID first = fixtures().admitted(user("nurse-intake"));
        UUID second = fixtures().admitted(user("nurse-intake"));
        LocalDate day = LocalDate.now(HomeFixtures.PROGRAMME_ZONE).plusDays(3);
        UUID morning = schedule(second, nurse, day, "09:30", false);
        UUID afternoon = schedule(first, nurse, day, "14:00", false);
        UUID noon = schedule(first, nurse, day, "12:00", false);
        UUID urgent = schedule(second, nurse, day, "16:00", true);
        given().contentType(ContentType.JSON).body(Map.of("reason", "Family asked to move it"))
                .post("/api/visits/{id}/cancellation", noon).then().statusCode(200);

        JsonPath route = as(TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty())).queryParam("date", day.toString())
                .get("/api/me/visits").then().statusCode(200).extract().jsonPath();

        assertThat(route.getList("items.id", String.class))
                .containsExactly(urgent.toString(), morning.toString(), afternoon.toString());
        as(TestTokens.as(user("nurse-elsewhere"), Roles.HOME_NURSE, Optional.empty())).queryParam("date", day.toString())
                .get("/api/me/visits").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aNursesVisitsGoToAColleagueWhileSheIsOffAndLeaveHerApp() {
        String nurse = user("nurse-leave");
        String colleague = user("nurse-cover");
        UUID patientId = fixtures().admitted(user("nurse-intake"));
        LocalDate off = LocalDate.now(HomeFixtures.PROGRAMME_ZONE).plusDays(5);
        UUID during = schedule(patientId, nurse, off, "10:00", false);
        UUID after = schedule(patientId, nurse, off.plusDays(3), "10:00", false);
        String asNurse = TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty());
        String asColleague = TestTokens.as(colleague, Roles.HOME_NURSE, Optional.empty());
        String nursesCursor = as(asNurse).get("/api/sync").then().statusCode(200).extract().path("next");

        given().contentType(ContentType.JSON).body(Map.of("from", nurse, "to", colleague, "firstDay", off.toString(),
                        "lastDay", off.plusDays(1).toString(), "reason", "Annual leave"))
                .post("/api/visit-reassignments").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.contains(during.toString()))
                .body("[0].assignedTo", equalTo(colleague));

        as(asNurse).queryParam("date", off.toString()).get("/api/me/visits").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        as(asColleague).queryParam("date", off.toString()).get("/api/me/visits").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(during.toString()));
        as(asNurse).get("/api/visits/{id}", after).then().statusCode(200).body("assignedTo", equalTo(nurse));
        as(asNurse).get("/api/visits/{id}", during).then().statusCode(404);
        JsonPath delta = as(asNurse).queryParam("since", nursesCursor).get("/api/sync").then().statusCode(200)
                .extract().jsonPath();
        assertThat(delta.getList("changes", Map.class)).extracting(change -> change.get("kind") + " "
                + change.get("id") + " " + change.get("operation")).containsExactly("VISIT " + during + " DELETE");
        as(asColleague).queryParam("patientId", patientId).get("/api/sync").then().statusCode(200)
                .body("changes.findAll { it.kind == 'VISIT' }.id", org.hamcrest.Matchers.contains(during.toString()))
                .body("patients", org.hamcrest.Matchers.hasItem(patientId.toString()));
        given().contentType(ContentType.JSON).body(Map.of("from", nurse, "to", nurse, "firstDay", off.toString(),
                "lastDay", off.toString())).post("/api/visit-reassignments").then().statusCode(422);
    }

    @Test
    void aPlanThatEndsCancelsItsVisitsAfterItsLastDayAndPublishesEach() {
        String nurse = user("nurse-end");
        UUID patientId = fixtures().admitted(nurse);
        assignVisitors(patientId, nurse, user("sw-end"));
        LocalDate today = LocalDate.now(HomeFixtures.PROGRAMME_ZONE);
        DayOfWeek weekday = today.plusDays(2).getDayOfWeek();
        UUID planId = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(plan(planId, "NURSE", "IN_PERSON", 1, weekday, "11:00", today))
                .post("/api/patients/{p}/visit-plans", patientId).then().statusCode(201);
        List<LocalDate> days = plannedDays(today, weekday, 1);
        LocalDate lastDay = days.get(1);

        given().queryParam("lastDay", lastDay.toString()).post("/api/visit-plans/{id}/end", planId).then()
                .statusCode(428);
        given().header("If-Match", "\"0\"").queryParam("lastDay", lastDay.toString())
                .post("/api/visit-plans/{id}/end", planId).then().statusCode(200)
                .body("endsOn", equalTo(lastDay.toString()));

        List<Map<String, Object>> visits = visitsOf(patientId);
        assertThat(visits).filteredOn(visit -> "SCHEDULED".equals(visit.get("status")))
                .extracting(visit -> visit.get("scheduledStart"))
                .containsExactlyInAnyOrderElementsOf(starts(days.subList(0, 2), "11:00"));
        List<String> cancelled = visits.stream().filter(visit -> "CANCELLED".equals(visit.get("status")))
                .map(visit -> visit.get("id").toString()).toList();
        assertThat(cancelled).hasSize(days.size() - 2);
        await().atMost(PATIENCE).until(() -> relay.backlog() == 0);
        List<KafkaEvents.Received> published = kafka().read(Topic.VISIT_EVENTS,
                received -> received.event() instanceof VisitCancelled event && event.patientId().equals(patientId),
                found -> found.size() > cancelled.size(), DUPLICATE_WINDOW);
        assertThat(published).extracting(received -> ((VisitEvent) received.event()).visitId().toString())
                .containsExactlyInAnyOrderElementsOf(cancelled);
    }

    @Test
    void anAdmissionThatEndsTakesItsVisitsOffTheRoutesAndEndsItsPlans() {
        String nurse = user("nurse-discharge");
        ReferralSubmitted referral = fixtures().admittedReferral(nurse);
        UUID patientId = referral.patientId();
        assignVisitors(patientId, nurse, user("sw-discharge"));
        LocalDate today = LocalDate.now(HomeFixtures.PROGRAMME_ZONE);
        given().contentType(ContentType.JSON)
                .body(plan(UUID.randomUUID(), "NURSE", "IN_PERSON", 1, today.plusDays(1).getDayOfWeek(), "10:00", today))
                .post("/api/patients/{p}/visit-plans", patientId).then().statusCode(201);
        LocalDate day = today.plusDays(2);
        UUID oneOff = schedule(patientId, nurse, day, "09:00", false);

        given().contentType(ContentType.JSON).body(Map.of("clinician", "Dr. Mount", "outcome", "CLOSED",
                        "reason", "Moved to her son's in Ohio"))
                .post("/api/referrals/{id}/conclusion", referral.referralId()).then().statusCode(200);

        List<Map<String, Object>> visits = visitsOf(patientId);
        assertThat(visits).isNotEmpty().allSatisfy(visit -> {
            assertThat(visit.get("status")).isEqualTo("CANCELLED");
            assertThat(visit.get("cancellationReason")).isEqualTo("Admission ended");
        });
        as(TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty())).queryParam("date", day.toString())
                .get("/api/me/visits").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        given().get("/api/patients/{p}/visit-plans", patientId).then().statusCode(200)
                .body("items[0].endsOn", equalTo(today.toString()));
        await().atMost(PATIENCE).until(() -> relay.backlog() == 0);
        List<KafkaEvents.Received> cancelled = kafka().read(Topic.VISIT_EVENTS,
                received -> received.event() instanceof VisitCancelled event && event.patientId().equals(patientId),
                found -> found.size() > visits.size(), DUPLICATE_WINDOW);
        assertThat(cancelled).extracting(received -> ((VisitEvent) received.event()).visitId().toString())
                .containsExactlyInAnyOrderElementsOf(visits.stream().map(visit -> visit.get("id").toString()).toList())
                .contains(oneOff.toString());
        assertThat(cancelled).as("by the clinician who discharged the patient").allSatisfy(received ->
                assertThat(((VisitCancelled) received.event()).cancelledBy()).isEqualTo("Dr. Mount"));
    }

    /** The days a plan starting today on {@code weekday}, every {@code everyWeeks} weeks, has visits within the horizon. */
    private static List<LocalDate> plannedDays(LocalDate today, DayOfWeek weekday, int everyWeeks) {
        LocalDate planWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = today.with(TemporalAdjusters.nextOrSame(weekday)); !day.isAfter(today.plusDays(HORIZON_DAYS));
                day = day.plusWeeks(1)) {
            if (ChronoUnit.WEEKS.between(planWeek, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                    % everyWeeks == 0) {
                days.add(day);
            }
        }
        return days;
    }

    private static List<String> starts(List<LocalDate> days, String localTime) {
        return days.stream().map(day -> day.atTime(LocalTime.parse(localTime)).atZone(HomeFixtures.PROGRAMME_ZONE).toInstant().toString())
                .toList();
    }

    private static Map<String, Object> plan(UUID id, String discipline, String mode, int everyWeeks, DayOfWeek weekday,
            String localStart, LocalDate startsOn) {
        return Map.of("id", id, "discipline", discipline, "mode", mode, "everyWeeks", everyWeeks, "weekday", weekday.name(),
                "localStart", localStart, "durationMinutes", 45, "startsOn", startsOn.toString());
    }

    private static void assignVisitors(UUID patientId, String nurse, String socialWorker) {
        Map<String, Object> home = new HashMap<>();
        home.put("residence", "PRIVATE_HOME");
        home.put("addressLine", "1400 W Polk St");
        home.put("city", "Chicago");
        home.put("accessNotes", "Side door; the dog is friendly");
        home.put("allergiesStatus", "NO_KNOWN_ALLERGIES");
        home.put("assignedNurse", nurse);
        home.put("assignedSocialWorker", socialWorker);
        given().contentType(ContentType.JSON).body(home).put("/api/patients/{p}/home", patientId).then().statusCode(201);
    }

    /** A visit the coordinator schedules for {@code nurse}, or one the nurse line dispatches when {@code urgent}. */
    private UUID schedule(UUID patientId, String nurse, LocalDate day, String localTime, boolean urgent) {
        Instant start = day.atTime(LocalTime.parse(localTime)).atZone(HomeFixtures.PROGRAMME_ZONE).toInstant();
        if (urgent) {
            return HomeFixtures.urgent(patientId, nurse, start);
        }
        UUID visitId = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("id", visitId, "patientId", patientId, "discipline", "NURSE",
                        "mode", "IN_PERSON", "assignedTo", nurse, "scheduledStart", start.toString(), "durationMinutes", 45))
                .post("/api/scheduled-visits").then().statusCode(201);
        return visitId;
    }

    private static List<Map<String, Object>> visitsOf(UUID patientId) {
        return given().queryParam("patientId", patientId).queryParam("limit", 200).get("/api/visits").then()
                .statusCode(200).extract().jsonPath().getList("items");
    }

    private List<KafkaEvents.Received> publishedAbout(UUID patientId, int expected) {
        await().atMost(PATIENCE).until(() -> relay.backlog() == 0);
        return kafka().read(Topic.VISIT_EVENTS,
                received -> received.event() instanceof VisitScheduled event && event.patientId().equals(patientId),
                found -> found.size() > expected, DUPLICATE_WINDOW);
    }

    private HomeFixtures fixtures() {
        return new HomeFixtures(bootstrapServers);
    }

    private KafkaEvents kafka() {
        return new KafkaEvents(bootstrapServers);
    }
}
