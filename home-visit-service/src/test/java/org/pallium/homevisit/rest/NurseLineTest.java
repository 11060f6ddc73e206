package org.pallium.homevisit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.pallium.homevisit.rest.HomeFixtures.user;
import static org.pallium.platform.testing.AccessChecks.as;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.CallLogged;
import org.pallium.events.CallReason;
import org.pallium.events.CallerType;
import org.pallium.events.CareSetting;
import org.pallium.events.Discipline;
import org.pallium.events.PalliumEvent;
import org.pallium.events.Topic;
import org.pallium.events.TriageOutcome;
import org.pallium.events.UrgentVisitDispatched;
import org.pallium.events.VisitEvent;
import org.pallium.events.VisitScheduled;
import org.pallium.homevisit.repository.VisitMode;
import org.pallium.platform.outbox.OutboxRelay;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.LocalInfrastructureResource;
import org.pallium.platform.testing.TestTokens;

/**
 * The 24/7 nurse line: the on-call roster, the call log, and the urgent visit a call dispatches to
 * the nurse on call, which lands on their route and caseload.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "homevisit"))
class NurseLineTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How long to keep reading for a duplicate once everything committed has been published. */
    private static final Duration DUPLICATE_WINDOW = Duration.ofSeconds(3);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OutboxRelay relay;

    @Test
    void anUrgentVisitFromACallLandsOnTheRouteOfTheNurseOnCallOnce() {
        String onCall = user("nurse-night");
        String lineNurse = user("nurse-line");
        String onCallToken = TestTokens.as(onCall, Roles.HOME_NURSE, Optional.empty());
        UUID patientId = fixtures().admitted(lineNurse);
        Instant received = aQuietMoment();
        UUID shiftId = UUID.randomUUID();
        Map<String, Object> shift = Map.of("id", shiftId, "nurse", onCall,
                "startsAt", received.minus(1, ChronoUnit.HOURS).toString(), "endsAt", received.plus(7, ChronoUnit.HOURS).toString());
        given().contentType(ContentType.JSON).body(shift).post("/api/on-call/shifts").then().statusCode(201)
                .body("nurse", equalTo(onCall));
        given().contentType(ContentType.JSON).body(shift).post("/api/on-call/shifts").then().statusCode(200);
        as(onCallToken).get("/api/admissions").then().statusCode(200)
                .body("items.patientId", not(hasItem(patientId.toString())));
        LocalDate day = LocalDate.ofInstant(received, HomeFixtures.PROGRAMME_ZONE);
        UUID routine = HomeFixtures.scheduled(fixtures().admitted(user("nurse-intake")), onCall, Discipline.NURSE,
                VisitMode.IN_PERSON, day.atStartOfDay(HomeFixtures.PROGRAMME_ZONE).toInstant());
        UUID callId = UUID.randomUUID();
        Map<String, Object> call = call(callId, patientId, received, TriageOutcome.URGENT_VISIT_DISPATCHED);

        String visitId = log(TestTokens.as(lineNurse, Roles.HOME_NURSE, Optional.empty()), call).statusCode(201)
                .body("outcome", equalTo("URGENT_VISIT_DISPATCHED"))
                .body("takenBy", equalTo(lineNurse))
                .extract().path("dispatchedVisitId");
        log(TestTokens.as(lineNurse, Roles.HOME_NURSE, Optional.empty()), call).statusCode(200)
                .body("dispatchedVisitId", equalTo(visitId));

        as(onCallToken).get("/api/visits/{id}", visitId).then().statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .body("urgent", equalTo(true))
                .body("assignedTo", equalTo(onCall))
                .body("callId", equalTo(callId.toString()))
                .body("discipline", equalTo("NURSE"))
                .body("scheduledStart", equalTo(received.toString()))
                .body("scheduledEnd", equalTo(received.plus(60, ChronoUnit.MINUTES).toString()));
        as(onCallToken).get("/api/admissions").then().statusCode(200).body("items.patientId", hasItem(patientId.toString()));
        as(onCallToken).queryParam("date", day.toString()).get("/api/me/visits").then().statusCode(200)
                .body("items.id", contains(visitId, routine.toString()));
        List<PalliumEvent> dispatched = publishedAbout(UUID.fromString(visitId), 2);
        assertThat(dispatched).hasExactlyElementsOfTypes(VisitScheduled.class, UrgentVisitDispatched.class);
        VisitScheduled scheduled = (VisitScheduled) dispatched.getFirst();
        assertThat(scheduled.urgent()).isTrue();
        assertThat(scheduled.assignedTo()).isEqualTo(onCall);
        UrgentVisitDispatched urgent = (UrgentVisitDispatched) dispatched.getLast();
        assertThat(urgent.callId()).isEqualTo(callId);
        assertThat(urgent.nurse()).isEqualTo(onCall);
        assertThat(urgent.dispatchedBy()).isEqualTo(lineNurse);
        assertThat(urgent.reason()).isEqualTo(CallReason.PAIN);
        List<KafkaEvents.Received> logged = kafka().read(Topic.CARE_EVENTS,
                published -> published.event() instanceof CallLogged calls && calls.callId().equals(callId),
                found -> found.size() > 1, DUPLICATE_WINDOW);
        assertThat(logged).hasSize(1);
        CallLogged callLogged = (CallLogged) logged.getFirst().event();
        assertThat(callLogged.dispatchedVisitId()).isEqualTo(UUID.fromString(visitId));
        assertThat(callLogged.caller()).isEqualTo(CallerType.FAMILY);
        assertThat(callLogged.followUpNeeded()).isTrue();
        assertThat(callLogged.setting()).isEqualTo(CareSetting.HOME);
        assertThat(logged.getFirst().attributes().time()).isEqualTo(received);
        assertThat(logged.getFirst().key()).isEqualTo(patientId.toString());
    }

    @Test
    void aDispatchWithNobodyToSendOrNoOpenAdmissionLogsNothingAndDispatchToNamesTheNurse() {
        UUID patientId = fixtures().admitted("Dr. Balfour Mount");
        UUID waiting = fixtures().referred();
        Instant received = aQuietMoment();
        UUID refused = UUID.randomUUID();

        log(given(), call(refused, patientId, received, TriageOutcome.URGENT_VISIT_DISPATCHED)).statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("No nurse on call"));
        Map<String, Object> toNurse = new HashMap<>(call(refused, waiting, received, TriageOutcome.URGENT_VISIT_DISPATCHED));
        toNurse.put("dispatchTo", "nurse-ada");
        log(given(), toNurse).statusCode(422).body("title", equalTo("Patient not in the home programme"));
        given().get("/api/calls/{id}", refused).then().statusCode(404);
        given().queryParam("patientId", patientId).get("/api/calls").then().statusCode(200).body("items", hasSize(0));

        toNurse.put("patientId", patientId);
        String visitId = log(given(), toNurse).statusCode(201).extract().path("dispatchedVisitId");
        given().get("/api/visits/{id}", visitId).then().body("assignedTo", equalTo("nurse-ada"))
                .body("urgent", equalTo(true));
        log(given(), call(UUID.randomUUID(), UUID.randomUUID(), received, TriageOutcome.ADVICE_GIVEN)).statusCode(422)
                .body("title", equalTo("Patient not in the home programme"));
    }

    @Test
    void aNurseOnCallLogsCallsForAnyPatientOnTheCensusAndOtherwiseOnlyForTheirCaseload() {
        String nurse = user("nurse-night");
        String token = TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty());
        UUID anothers = fixtures().admitted("Dr. Balfour Mount");
        Instant received = aQuietMoment();
        given().contentType(ContentType.JSON).body(Map.of("id", UUID.randomUUID(), "nurse", nurse,
                "startsAt", received.minusSeconds(60).toString(), "endsAt", received.plusSeconds(3600).toString()))
                .post("/api/on-call/shifts").then().statusCode(201);
        UUID onCallCall = UUID.randomUUID();

        log(token, call(onCallCall, anothers, received, TriageOutcome.ADVICE_GIVEN)).statusCode(201);
        String unknown = log(token, call(UUID.randomUUID(), anothers, received.minus(2, ChronoUnit.HOURS),
                TriageOutcome.ADVICE_GIVEN)).statusCode(404).extract().path("title");
        assertThat(unknown).isEqualTo("Unknown patient");
        as(token).get("/api/calls/{id}", onCallCall).then().statusCode(200).body("takenBy", equalTo(nurse));
        as(token).queryParam("patientId", anothers).get("/api/calls").then().statusCode(200).body("items", hasSize(0));
        as(TestTokens.as(user("nurse-day"), Roles.HOME_NURSE, Optional.empty())).get("/api/calls/{id}", onCallCall)
                .then().statusCode(404);
        as(TestTokens.as(user("dr-ward"), Roles.CLINICIAN, Optional.of(CareSetting.INPATIENT)))
                .get("/api/calls/{id}", onCallCall).then().statusCode(404);
        as(TestTokens.as(user("dr-home"), Roles.CLINICIAN, Optional.of(CareSetting.HOME)))
                .get("/api/calls/{id}", onCallCall).then().statusCode(200);
    }

    @Test
    void aPatientsCallsArePagedTheMostRecentFirst() {
        UUID patientId = fixtures().admitted("Dr. Balfour Mount");
        Instant first = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (int i = 0; i < ids.size(); i++) {
            log(given(), call(ids.get(i), patientId, first.plus(i, ChronoUnit.HOURS), TriageOutcome.ADVICE_GIVEN))
                    .statusCode(201);
        }

        String next = given().queryParam("patientId", patientId).queryParam("limit", 2).get("/api/calls").then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(ids.get(2).toString(), ids.get(1).toString())))
                .body("next", notNullValue())
                .extract().path("next");
        given().queryParam("patientId", patientId).queryParam("limit", 2).queryParam("after", next).get("/api/calls")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(ids.get(0).toString())))
                .body("$", not(hasKey("next")));
        given().queryParam("patientId", patientId).queryParam("limit", 201).get("/api/calls").then().statusCode(400);
        given().queryParam("patientId", patientId).queryParam("after", UUID.randomUUID()).get("/api/calls").then()
                .statusCode(400).body("code", equalTo("invalid-cursor"));
    }

    @Test
    void coordinatorsPlanTheRosterAndTheHomeTeamReadsIt() {
        String nurse = user("nurse-night");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID shiftId = UUID.randomUUID();
        Map<String, Object> shift = Map.of("id", shiftId, "nurse", nurse, "startsAt", now.minusSeconds(1).toString(),
                "endsAt", now.plus(1, ChronoUnit.HOURS).toString());
        String nurseToken = TestTokens.as(user("nurse-day"), Roles.HOME_NURSE, Optional.empty());

        as(nurseToken).contentType(ContentType.JSON).body(shift).post("/api/on-call/shifts").then().statusCode(403);
        given().contentType(ContentType.JSON).body(shift).post("/api/on-call/shifts").then().statusCode(201);
        Map<String, Object> moved = new HashMap<>(shift);
        moved.put("nurse", user("nurse-other"));
        given().contentType(ContentType.JSON).body(moved).post("/api/on-call/shifts").then().statusCode(409)
                .body("title", equalTo("Shift id in use"));
        Map<String, Object> reversed = new HashMap<>(shift);
        reversed.put("id", UUID.randomUUID());
        reversed.put("endsAt", now.minusSeconds(60).toString());
        given().contentType(ContentType.JSON).body(reversed).post("/api/on-call/shifts").then().statusCode(422);

        as(nurseToken).get("/api/on-call/now").then().statusCode(200).body("nurse", equalTo(nurse));
        as(TestTokens.as(user("dr-home"), Roles.CLINICIAN, Optional.of(CareSetting.HOME)))
                .queryParam("from", now.minus(1, ChronoUnit.HOURS).toString()).queryParam("to", now.toString())
                .get("/api/on-call/shifts").then().statusCode(200).body("items.id", hasItem(shiftId.toString()));
        as(TestTokens.as(user("dr-ward"), Roles.CLINICIAN, Optional.of(CareSetting.INPATIENT))).get("/api/on-call/now")
                .then().statusCode(403);
        given().queryParam("from", now.toString()).queryParam("to", now.toString()).get("/api/on-call/shifts").then()
                .statusCode(400);
    }

    /** A moment in the past no other test puts a shift around: the nurse on call then is this test's. */
    private static Instant aQuietMoment() {
        return Instant.now().minus(ThreadLocalRandom.current().nextLong(2, 5000), ChronoUnit.DAYS)
                .minus(ThreadLocalRandom.current().nextLong(0, 86_400), ChronoUnit.SECONDS).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Map<String, Object> call(UUID callId, UUID patientId, Instant received, TriageOutcome outcome) {
        return Map.of("id", callId, "patientId", patientId, "callerType", "FAMILY", "callerName", "Her daughter",
                "receivedAt", received.toString(), "durationSeconds", 420, "reason", "PAIN",
                "details", "Pain 8/10 despite two breakthrough doses.", "outcome", outcome.name(),
                "followUp", "Call back in the morning");
    }

    private static ValidatableResponse log(RequestSpecification caller, Map<String, ?> call) {
        return caller.contentType(ContentType.JSON).body(call).post("/api/calls").then();
    }

    private static ValidatableResponse log(String token, Map<String, ?> call) {
        return log(as(token), call);
    }

    /** The visit events about the visit, once everything committed is on Kafka; reads on for one more than {@code expected}. */
    private List<PalliumEvent> publishedAbout(UUID visitId, int expected) {
        await().atMost(PATIENCE).until(() -> relay.backlog() == 0);
        return kafka().read(Topic.VISIT_EVENTS,
                        received -> received.event() instanceof VisitEvent event && event.visitId().equals(visitId),
                        found -> found.size() > expected, DUPLICATE_WINDOW)
                .stream().map(KafkaEvents.Received::event).toList();
    }

    private KafkaEvents kafka() {
        return new KafkaEvents(bootstrapServers);
    }

    private HomeFixtures fixtures() {
        return new HomeFixtures(bootstrapServers);
    }
}
