package org.pallium.homevisit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.pallium.homevisit.rest.HomeFixtures.HOME_LATITUDE;
import static org.pallium.homevisit.rest.HomeFixtures.HOME_LONGITUDE;
import static org.pallium.homevisit.rest.HomeFixtures.ONE_THOUSANDTH_DEGREE;
import static org.pallium.homevisit.rest.HomeFixtures.check;
import static org.pallium.homevisit.rest.HomeFixtures.user;
import static org.pallium.platform.testing.AccessChecks.as;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.Discipline;
import org.pallium.events.EvvExceptionKind;
import org.pallium.events.EvvExceptionRaised;
import org.pallium.events.EvvStage;
import org.pallium.events.MissedVisitReason;
import org.pallium.events.PalliumEvent;
import org.pallium.events.ReferralFirstVisitCompleted;
import org.pallium.events.Topic;
import org.pallium.events.VisitCompleted;
import org.pallium.events.VisitEvent;
import org.pallium.events.VisitCancelled;
import org.pallium.events.VisitMissed;
import org.pallium.events.VisitStarted;
import org.pallium.homevisit.repository.VisitMode;
import org.pallium.platform.outbox.OutboxRelay;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.LocalInfrastructureResource;
import org.pallium.platform.testing.TestTokens;

/**
 * A scheduled visit's course with Electronic Visit Verification: check-in and check-out keep the
 * six EVV elements, a position far from the patient's address is flagged and published but never
 * refused, and each step is published once however often the app retries it.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "homevisit"))
class VisitCourseTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How long to keep reading for a duplicate once everything committed has been published. */
    private static final Duration DUPLICATE_WINDOW = Duration.ofSeconds(3);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OutboxRelay relay;

    @Test
    void checkInAndCheckOutKeepTheSixEvvElementsAndPublishTheVisitsCourseOnce() {
        String nurse = user("nurse-ada");
        String token = TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty());
        UUID patientId = fixtures().admitted(nurse);
        HomeFixtures.home(patientId, "Loop Home Health", HOME_LATITUDE, HOME_LONGITUDE);
        Instant arrived = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        UUID visitId = HomeFixtures.scheduled(patientId, nurse, Discipline.NURSE, VisitMode.IN_PERSON, arrived);
        Map<String, Object> checkIn = check(arrived, HOME_LATITUDE + ONE_THOUSANDTH_DEGREE, HOME_LONGITUDE, 12);
        Instant left = arrived.plus(50, ChronoUnit.MINUTES);
        Map<String, Object> checkOut = new HashMap<>(check(left, HOME_LATITUDE, HOME_LONGITUDE + ONE_THOUSANDTH_DEGREE, 8));
        checkOut.put("notes", "Pain 3/10 after the new breakthrough dose.");
        checkOut.put("plan", "Review bowels on Thursday.");

        step(as(token), visitId, "check-in", checkIn).statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("IN_PROGRESS"))
                .body("startedAt", equalTo(arrived.toString()))
                .body("evv.serviceType", equalTo("G0299"))
                .body("evv.checkIn.at", equalTo(arrived.toString()))
                .body("evv.checkIn.latitude", equalTo((float) (HOME_LATITUDE + ONE_THOUSANDTH_DEGREE)))
                .body("evv.checkIn.accuracyMeters", equalTo(12))
                .body("evv.checkIn.distanceMeters", equalTo(111))
                .body("evv.exceptions", empty());
        step(as(token), visitId, "check-in", checkIn).statusCode(200).header("ETag", "\"1\"");
        HomeFixtures.assessed(patientId, visitId, 50, arrived.plus(10, ChronoUnit.MINUTES));
        step(as(token), visitId, "check-out", checkOut).statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("COMPLETED"))
                .body("endedAt", equalTo(left.toString()))
                .body("notes", equalTo("Pain 3/10 after the new breakthrough dose."))
                .body("plan", equalTo("Review bowels on Thursday."))
                .body("evv.checkOut.longitude", equalTo((float) (HOME_LONGITUDE + ONE_THOUSANDTH_DEGREE)))
                .body("evv.checkOut.accuracyMeters", equalTo(8))
                .body("evv.checkOut.distanceMeters", equalTo(83))
                .body("evv.exceptions", empty());
        step(as(token), visitId, "check-out", checkOut).statusCode(200).header("ETag", "\"2\"");

        as(token).get("/api/visits/{id}", visitId).then().statusCode(200)
                .body("clinician", equalTo(nurse))
                .body("patientId", equalTo(patientId.toString()))
                .body("encounterClass", equalTo("HH"));
        List<PalliumEvent> course = publishedAbout(visitId, 2);
        assertThat(course).hasExactlyElementsOfTypes(VisitStarted.class, VisitCompleted.class);
        assertThat(((VisitStarted) course.getFirst()).startedAt()).isEqualTo(arrived);
        VisitCompleted completed = (VisitCompleted) course.getLast();
        assertThat(completed.clinician()).isEqualTo(nurse);
        assertThat(completed.endedAt()).isEqualTo(left);
        assertThat(completed.pps()).isEqualTo(50);
        assertThat(kafka().read(Topic.REFERRAL_EVENTS,
                received -> received.event() instanceof ReferralFirstVisitCompleted first && first.visitId().equals(visitId),
                found -> found.size() > 1, DUPLICATE_WINDOW)).hasSize(1);
    }

    @Test
    void aCheckInFarFromTheAddressIsFlaggedAndPublishedButNotRefused() {
        UUID patientId = fixtures().admitted("Dr. Balfour Mount");
        HomeFixtures.home(patientId, "Loop Home Health", HOME_LATITUDE, HOME_LONGITUDE);
        Instant arrived = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        UUID visitId = HomeFixtures.scheduled(patientId, user("nurse-ada"), Discipline.SOCIAL_WORKER,
                VisitMode.IN_PERSON, arrived);

        step(given(), visitId, "check-in", check(arrived, HOME_LATITUDE + 18 * ONE_THOUSANDTH_DEGREE, HOME_LONGITUDE, 30))
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("evv.serviceType", equalTo("G0155"))
                .body("evv.checkIn.distanceMeters", equalTo(2002))
                .body("evv.exceptions", hasSize(1))
                .body("evv.exceptions[0].kind", equalTo("LOCATION_FAR_FROM_ADDRESS"))
                .body("evv.exceptions[0].stage", equalTo("CHECK_IN"))
                .body("evv.exceptions[0].distanceMeters", equalTo(2002))
                .body("evv.exceptions[0].thresholdMeters", equalTo(500));

        List<PalliumEvent> published = publishedAbout(visitId, 2);
        assertThat(published).hasExactlyElementsOfTypes(VisitStarted.class, EvvExceptionRaised.class);
        EvvExceptionRaised raised = (EvvExceptionRaised) published.getLast();
        assertThat(raised.kind()).isEqualTo(EvvExceptionKind.LOCATION_FAR_FROM_ADDRESS);
        assertThat(raised.stage()).isEqualTo(EvvStage.CHECK_IN);
        assertThat(raised.distanceMeters()).isEqualTo(2002);
        assertThat(raised.thresholdMeters()).isEqualTo(500);
        assertThat(raised.occurredAt()).isEqualTo(arrived);
    }

    @Test
    void aHomeWithoutCoordinatesFlagsTheCheckInAndAVideoVisitAsksForNoPosition() {
        UUID patientId = fixtures().admitted("Dr. Balfour Mount");
        HomeFixtures.home(patientId, "Loop Home Health", null, null);
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        UUID inPerson = HomeFixtures.scheduled(patientId, user("nurse-ada"), Discipline.NURSE, VisitMode.IN_PERSON, start);
        UUID video = HomeFixtures.scheduled(patientId, user("nurse-ada"), Discipline.NURSE, VisitMode.VIDEO, start);

        step(given(), inPerson, "check-in", Map.of("at", start.toString())).statusCode(422)
                .contentType("application/problem+json").body("title", equalTo("Position required"));
        step(given(), inPerson, "check-in", check(start, HOME_LATITUDE, HOME_LONGITUDE, 5)).statusCode(200)
                .body("evv.checkIn.distanceMeters", nullValue())
                .body("evv.exceptions.kind", equalTo(List.of("ADDRESS_NOT_LOCATED")));
        step(given(), video, "check-in", Map.of("at", start.toString())).statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("encounterClass", equalTo("VR"))
                .body("videoJoinUrl", equalTo("https://video.example/room/" + video))
                .body("evv.checkIn.latitude", nullValue())
                .body("evv.exceptions", empty());
        step(given(), video, "check-out", Map.of("at", start.plus(20, ChronoUnit.MINUTES).toString())).statusCode(200)
                .body("status", equalTo("COMPLETED"));

        assertThat(publishedAbout(inPerson, 2)).hasExactlyElementsOfTypes(VisitStarted.class, EvvExceptionRaised.class);
        List<PalliumEvent> videoCourse = publishedAbout(video, 2);
        assertThat(videoCourse).hasExactlyElementsOfTypes(VisitStarted.class, VisitCompleted.class);
        assertThat(((VisitCompleted) videoCourse.getLast()).encounterClass()).isEqualTo("VR");
    }

    @Test
    void aStepTheVisitsStatusOrVersionDoesNotAllowIsRefusedAndChangesNothing() {
        UUID patientId = fixtures().admitted("Dr. Balfour Mount");
        HomeFixtures.home(patientId, "Loop Home Health", HOME_LATITUDE, HOME_LONGITUDE);
        Instant arrived = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        UUID visitId = HomeFixtures.scheduled(patientId, user("nurse-ada"), Discipline.NURSE, VisitMode.IN_PERSON, arrived);
        UUID missedId = HomeFixtures.scheduled(patientId, user("nurse-ada"), Discipline.NURSE, VisitMode.IN_PERSON, arrived);
        UUID cancelledId = HomeFixtures.scheduled(patientId, user("nurse-ada"), Discipline.NURSE, VisitMode.IN_PERSON, arrived);

        given().header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(check(arrived, HOME_LATITUDE, HOME_LONGITUDE, 5)).post("/api/visits/{id}/check-in", visitId)
                .then().statusCode(412).contentType("application/problem+json")
                .body("code", equalTo("edit-conflict"))
                .body("detail", equalTo("Visit " + visitId + " is at version 0; the edit was made on version 7. "
                        + "Fetch it again and reapply the edit"));
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(check(arrived, HOME_LATITUDE, HOME_LONGITUDE, 5)).post("/api/visits/{id}/check-in", visitId)
                .then().statusCode(200).header("ETag", "\"1\"");
        step(given(), visitId, "check-in", check(arrived.plusSeconds(60), HOME_LATITUDE, HOME_LONGITUDE, 5)).statusCode(409)
                .body("title", equalTo("Visit not open for check-in"))
                .body("detail", equalTo("Visit " + visitId + " is IN_PROGRESS, not SCHEDULED"));
        step(given(), visitId, "check-out", check(arrived.minusSeconds(60), HOME_LATITUDE, HOME_LONGITUDE, 5)).statusCode(422)
                .body("title", equalTo("Check-out before check-in"));
        step(given(), visitId, "missed", Map.of("reason", "PATIENT_NOT_HOME")).statusCode(409)
                .body("title", equalTo("Visit not scheduled"));
        step(given(), missedId, "check-out", check(arrived, HOME_LATITUDE, HOME_LONGITUDE, 5)).statusCode(409)
                .body("title", equalTo("Visit not in progress"));
        given().header("If-Match", "W/\"3\"").contentType(ContentType.JSON).body(Map.of("reason", "PATIENT_NOT_HOME"))
                .post("/api/visits/{id}/missed", missedId).then().statusCode(400).body("title", equalTo("Invalid If-Match"));

        Map<String, String> missed = Map.of("reason", "PATIENT_IN_HOSPITAL", "note", "Admitted overnight, says her son.");
        step(given(), missedId, "missed", missed).statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("MISSED"))
                .body("missedReason", equalTo("PATIENT_IN_HOSPITAL"))
                .body("notes", equalTo("Admitted overnight, says her son."));
        step(given(), missedId, "missed", missed).statusCode(200).header("ETag", "\"1\"");
        step(given(), missedId, "check-in", check(arrived, HOME_LATITUDE, HOME_LONGITUDE, 5)).statusCode(409);
        step(given(), cancelledId, "cancellation", Map.of("reason", "Rescheduled at the family's request")).statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("Rescheduled at the family's request"));
        step(given(), cancelledId, "missed", Map.of("reason", "OTHER")).statusCode(409);

        given().get("/api/visits/{id}", visitId).then().body("startedAt", equalTo(arrived.toString()))
                .body("status", equalTo("IN_PROGRESS"));
        VisitMissed published = (VisitMissed) publishedAbout(missedId, 1).getFirst();
        assertThat(published.reason()).isEqualTo(MissedVisitReason.PATIENT_IN_HOSPITAL);
        assertThat(published.scheduledStart()).isEqualTo(arrived);
        assertThat(published.recordedBy()).isEqualTo("test-coordinator");
        VisitCancelled cancelled = (VisitCancelled) publishedAbout(cancelledId, 1).getFirst();
        assertThat(cancelled.cancelledBy()).isEqualTo("test-coordinator");
        assertThat(cancelled.scheduledStart()).isEqualTo(arrived);
        assertThat(cancelled.assignedTo()).startsWith("nurse-ada-");
        assertThat(publishedAbout(visitId, 1)).hasExactlyElementsOfTypes(VisitStarted.class);
    }

    @Test
    void aHomeNurseTakesTheStepsOfTheirOwnVisitsOnly() {
        String nurse = user("nurse-ada");
        String colleague = user("nurse-bea");
        UUID patientId = fixtures().admitted(nurse);
        HomeFixtures.home(patientId, "Loop Home Health", HOME_LATITUDE, HOME_LONGITUDE);
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        UUID colleagues = HomeFixtures.scheduled(patientId, colleague, Discipline.NURSE, VisitMode.IN_PERSON, start);
        UUID elsewhere = HomeFixtures.scheduled(fixtures().admitted("Dr. Mount"), colleague, Discipline.NURSE,
                VisitMode.IN_PERSON, start);
        String token = TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty());

        String unknown = step(as(token), UUID.randomUUID(), "check-in", check(start, HOME_LATITUDE, HOME_LONGITUDE, 5))
                .statusCode(404).extract().asString();
        step(as(token), colleagues, "check-in", check(start, HOME_LATITUDE, HOME_LONGITUDE, 5)).statusCode(404)
                .body(equalTo(unknown.replaceAll("visit [0-9a-f-]+", "visit " + colleagues)));
        step(as(token), elsewhere, "missed", Map.of("reason", "OTHER")).statusCode(404);
        step(TestTokens.as(colleague, Roles.HOME_NURSE, Optional.empty()), colleagues, "check-in",
                check(start, HOME_LATITUDE, HOME_LONGITUDE, 5)).statusCode(200);
        step(as(TestTokens.as(user("auditor"), Roles.AUDITOR, Optional.empty())), colleagues, "missed",
                Map.of("reason", "OTHER")).statusCode(403);

        given().get("/api/visits/{id}", elsewhere).then().body("status", equalTo("SCHEDULED"));
    }

    @Test
    void aVideoVisitKeepsTheJoinLinkMadeOnTheVideoPlatform() {
        String nurse = user("nurse-video");
        UUID patientId = fixtures().admitted(nurse);
        Instant later = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        UUID videoId = HomeFixtures.scheduled(patientId, nurse, Discipline.SOCIAL_WORKER, VisitMode.VIDEO, later);
        UUID inPersonId = HomeFixtures.scheduled(patientId, nurse, Discipline.NURSE, VisitMode.IN_PERSON, later);
        Map<String, String> link = Map.of("provider", "Mercy Telehealth", "joinUrl", "https://telehealth.example/j/8812");

        given().contentType(ContentType.JSON).body(link).put("/api/visits/{id}/video-link", videoId).then()
                .statusCode(428).body("code", equalTo("version-required"));
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(link)
                .put("/api/visits/{id}/video-link", videoId).then().statusCode(200).header("ETag", "\"1\"")
                .body("encounterClass", equalTo("VR"))
                .body("videoProvider", equalTo("Mercy Telehealth"))
                .body("videoJoinUrl", equalTo("https://telehealth.example/j/8812"));
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(link)
                .put("/api/visits/{id}/video-link", videoId).then().statusCode(200).header("ETag", "\"1\"");
        as(TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty())).get("/api/visits/{id}", videoId).then()
                .statusCode(200).body("videoJoinUrl", equalTo("https://telehealth.example/j/8812"));

        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(link)
                .put("/api/visits/{id}/video-link", inPersonId).then().statusCode(422)
                .body("title", equalTo("Not a video visit"));
        given().header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("provider", "Mercy Telehealth", "joinUrl", "http://telehealth.example/j/8812"))
                .put("/api/visits/{id}/video-link", videoId).then().statusCode(400)
                .body("violations[0].pointer", equalTo("/joinUrl"));
    }

    private ValidatableResponse step(RequestSpecification caller, UUID visitId, String step, Map<String, ?> body) {
        return caller.contentType(ContentType.JSON).body(body).post("/api/visits/{id}/" + step, visitId).then();
    }

    private ValidatableResponse step(String token, UUID visitId, String step, Map<String, ?> body) {
        return step(as(token), visitId, step, body);
    }

    /** The events published about the visit, once everything committed is on Kafka; reads on for one more than {@code expected}. */
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
