package org.pallium.homevisit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.pallium.homevisit.rest.HomeFixtures.user;
import static org.pallium.platform.testing.AccessChecks.as;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.CallLogged;
import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;
import org.pallium.events.CodeStatusChanged;
import org.pallium.events.Discipline;
import org.pallium.events.Topic;
import org.pallium.events.VisitCompleted;
import org.pallium.homevisit.repository.ChangeFeed;
import org.pallium.homevisit.repository.ClinicalNote;
import org.pallium.homevisit.repository.EssentialFact;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.repository.NurseCall;
import org.pallium.homevisit.repository.PatientConcern;
import org.pallium.homevisit.repository.SyncKind;
import org.pallium.homevisit.repository.VisitMode;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.LocalInfrastructureResource;
import org.pallium.platform.testing.TestTokens;

/**
 * The mobile app's offline-first sync: a batch uploaded again applies nothing twice, an edit made on
 * an old version comes back as a conflict instead of overwriting, and the delta since a cursor is
 * exactly what changed in the nurse's caseload.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "homevisit"))
class SyncTest {

    /** How long to keep reading for a duplicate once everything committed has been published. */
    private static final Duration DUPLICATE_WINDOW = Duration.ofSeconds(3);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ChangeFeed changeFeed;

    @Test
    void theSameBatchUploadedThreeTimesIsAppliedOnce() {
        String nurse = user("nurse-offline");
        UUID patientId = fixtures().admitted(nurse);
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        UUID visitId = UUID.randomUUID();
        UUID noteId = UUID.randomUUID();
        UUID concernId = UUID.randomUUID();
        UUID callId = UUID.randomUUID();
        List<Map<String, Object>> batch = List.of(
                upsert("VISIT", visitId, patientId, null, Map.of("clinician", nurse, "discipline", "NURSE",
                        "startedAt", yesterday.toString(), "endedAt", yesterday.plus(50, ChronoUnit.MINUTES).toString(),
                        "notes", "Pain settled on the new dose.")),
                upsert("NOTE", noteId, patientId, null, Map.of("visitId", visitId, "writtenAt",
                        yesterday.plus(55, ChronoUnit.MINUTES).toString(), "discipline", "NURSE",
                        "text", "Daughter taught to give breakthrough doses.")),
                upsert("ASSESSMENT", UUID.randomUUID(), patientId, null, Map.of("visitId", visitId,
                        "assessedAt", yesterday.plus(10, ChronoUnit.MINUTES).toString(), "pps", 40)),
                upsert("CONCERN", concernId, patientId, null, Map.of("category", "CAREGIVER",
                        "description", "Daughter not sleeping", "raisedAt", yesterday.toString())),
                upsert("CALL", callId, patientId, null, Map.of("patientId", patientId, "callerType", "FAMILY",
                        "receivedAt", yesterday.minus(3, ChronoUnit.HOURS).toString(), "durationSeconds", 420,
                        "reason", "PAIN", "outcome", "ADVICE_GIVEN", "followUp", "Visit tomorrow morning")));
        String asNurse = TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty());

        for (int upload = 1; upload <= 3; upload++) {
            JsonPath results = as(asNurse).contentType(ContentType.JSON).body(Map.of("items", batch)).post("/api/sync")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(results.getList("results.status", String.class)).as("upload %d", upload)
                    .containsOnly("APPLIED").hasSize(batch.size());
            assertThat(results.getList("results.replayed", Boolean.class)).as("upload %d", upload)
                    .containsOnly(upload > 1);
            assertThat(results.getList("results.mutationId", String.class))
                    .isEqualTo(batch.stream().map(item -> item.get("mutationId").toString()).toList());
        }

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(HomeVisit.count("patientId", patientId)).isEqualTo(1);
            assertThat(ClinicalNote.count("patientId", patientId)).isEqualTo(1);
            assertThat(PatientConcern.count("patientId", patientId)).isEqualTo(1);
            assertThat(NurseCall.count("patientId", patientId)).isEqualTo(1);
        });
        as(asNurse).get("/api/visits/{id}", visitId).then().statusCode(200)
                .body("startedAt", equalTo(yesterday.toString()))
                .body("status", equalTo("COMPLETED"));
        List<KafkaEvents.Received> completed = kafka().read(Topic.VISIT_EVENTS,
                published -> published.event() instanceof VisitCompleted visit && visit.visitId().equals(visitId),
                found -> found.size() > 1, DUPLICATE_WINDOW);
        assertThat(completed).hasSize(1);
        assertThat(completed.getFirst().event().occurredAt()).as("the visit's clinical time, not the upload's")
                .isEqualTo(yesterday);
        List<KafkaEvents.Received> calls = kafka().read(Topic.CARE_EVENTS,
                published -> published.event() instanceof CallLogged call && call.callId().equals(callId),
                found -> found.size() > 1, DUPLICATE_WINDOW);
        assertThat(calls).hasSize(1);
    }

    @Test
    void aScheduledVisitCheckedInAndOutOfflineIsUploadedAsItsCourseOnce() {
        String nurse = user("nurse-rural");
        UUID patientId = fixtures().admitted(nurse);
        HomeFixtures.home(patientId, "Loop Home Health", HomeFixtures.HOME_LATITUDE, HomeFixtures.HOME_LONGITUDE);
        Instant arrived = Instant.now().minus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        UUID visitId = HomeFixtures.scheduled(patientId, nurse, Discipline.NURSE, VisitMode.IN_PERSON, arrived);
        Instant left = arrived.plus(40, ChronoUnit.MINUTES);
        Map<String, Object> progress = Map.of(
                "checkIn", HomeFixtures.check(arrived, HomeFixtures.HOME_LATITUDE, HomeFixtures.HOME_LONGITUDE, 8),
                "checkOut", HomeFixtures.check(left, HomeFixtures.HOME_LATITUDE + HomeFixtures.ONE_THOUSANDTH_DEGREE * 9,
                        HomeFixtures.HOME_LONGITUDE, 30),
                "notes", "Syringe driver refilled.", "plan", "Review the dose on Thursday");
        List<Map<String, Object>> batch = List.of(upsert("VISIT", visitId, patientId, 0L, progress));
        String asNurse = TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty());

        for (int upload = 1; upload <= 3; upload++) {
            as(asNurse).contentType(ContentType.JSON).body(Map.of("items", batch)).post("/api/sync").then()
                    .statusCode(200)
                    .body("results[0].status", equalTo("APPLIED"))
                    .body("results[0].replayed", equalTo(upload > 1))
                    .body("results[0].version", equalTo(2));
        }

        as(asNurse).get("/api/visits/{id}", visitId).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("startedAt", equalTo(arrived.toString()))
                .body("endedAt", equalTo(left.toString()))
                .body("plan", equalTo("Review the dose on Thursday"))
                .body("evv.checkIn.accuracyMeters", equalTo(8))
                .body("evv.checkOut.distanceMeters", greaterThan(500))
                .body("evv.exceptions.kind", contains("LOCATION_FAR_FROM_ADDRESS"))
                .body("evv.exceptions.stage", contains("CHECK_OUT"));
        assertThat(kafka().read(Topic.VISIT_EVENTS,
                published -> published.event() instanceof VisitCompleted visit && visit.visitId().equals(visitId),
                found -> found.size() > 1, DUPLICATE_WINDOW)).hasSize(1);

        Map<String, Object> missedAfterAll = upsert("VISIT", visitId, patientId, 0L,
                Map.of("missedReason", "PATIENT_NOT_HOME"));
        as(asNurse).contentType(ContentType.JSON).body(Map.of("items", List.of(missedAfterAll))).post("/api/sync").then()
                .statusCode(200)
                .body("results[0].status", equalTo("CONFLICT"))
                .body("results[0].currentVersion", equalTo(2))
                .body("results[0].current.status", equalTo("COMPLETED"));
    }

    @Test
    void anEditMadeOnAnOlderVersionIsAConflictCarryingBothAndOverwritesNothing() {
        String nurse = user("nurse-basement");
        UUID patientId = fixtures().admitted(nurse);
        UUID noteId = UUID.randomUUID();
        Instant written = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String asNurse = TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty());
        as(asNurse).contentType(ContentType.JSON).body(note(written, "Breathless on exertion."))
                .put("/api/patients/{patientId}/notes/{noteId}", patientId, noteId).then().statusCode(201)
                .body("version", equalTo(0));
        as(asNurse).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(note(written, "Breathless on exertion; oxygen ordered from the tablet."))
                .put("/api/patients/{patientId}/notes/{noteId}", patientId, noteId).then().statusCode(200)
                .body("version", equalTo(1));

        Map<String, Object> offlineEdit = upsert("NOTE", noteId, patientId, 0L,
                note(written, "Breathless on exertion; settled with the fan."));
        JsonPath result = as(asNurse).contentType(ContentType.JSON).body(Map.of("items", List.of(offlineEdit)))
                .post("/api/sync").then().statusCode(200).extract().jsonPath();

        assertThat(result.getString("results[0].status")).isEqualTo("CONFLICT");
        assertThat(result.getString("results[0].problem.code")).isEqualTo("edit-conflict");
        assertThat(result.getLong("results[0].currentVersion")).isEqualTo(1);
        assertThat(result.getString("results[0].current.text"))
                .isEqualTo("Breathless on exertion; oxygen ordered from the tablet.");
        assertThat(result.getString("results[0].yours.text")).isEqualTo("Breathless on exertion; settled with the fan.");
        as(asNurse).get("/api/patients/{patientId}/notes", patientId).then().statusCode(200)
                .body(containsNote(noteId, "Breathless on exertion; oxygen ordered from the tablet."), equalTo(true));

        Map<String, Object> rebased = upsert("NOTE", noteId, patientId, 1L,
                note(written, "Breathless on exertion; oxygen ordered; settled with the fan."));
        as(asNurse).contentType(ContentType.JSON).body(Map.of("items", List.of(rebased))).post("/api/sync").then()
                .statusCode(200).body("results[0].status", equalTo("APPLIED")).body("results[0].version", equalTo(2));
    }

    @Test
    void theDeltaSinceACursorHoldsExactlyTheChangesOfTheNursesCaseload() {
        String nurse = user("nurse-delta");
        String colleague = user("nurse-colleague");
        UUID patientId = fixtures().admitted(nurse);
        UUID colleaguesPatient = fixtures().admitted(colleague);
        String asNurse = TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty());
        Instant written = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        UUID keptContact = UUID.randomUUID();
        UUID deletedContact = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(contact("Ana Ruiz")).put("/api/patients/{p}/family-contacts/{c}",
                patientId, keptContact).then().statusCode(201);
        given().contentType(ContentType.JSON).body(contact("Luis Ruiz")).put("/api/patients/{p}/family-contacts/{c}",
                patientId, deletedContact).then().statusCode(201);
        String cursor = drain(asNurse, null);

        UUID editedTwice = UUID.randomUUID();
        UUID created = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(note(written, "First words.")).put("/api/patients/{p}/notes/{n}",
                patientId, editedTwice).then().statusCode(201);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(note(written, "Second words."))
                .put("/api/patients/{p}/notes/{n}", patientId, editedTwice).then().statusCode(200);
        given().header("If-Match", "\"0\"").delete("/api/patients/{p}/family-contacts/{c}", patientId, deletedContact)
                .then().statusCode(204);
        given().contentType(ContentType.JSON).body(note(written, "Another nurse's patient."))
                .put("/api/patients/{p}/notes/{n}", colleaguesPatient, UUID.randomUUID()).then().statusCode(201);
        given().contentType(ContentType.JSON).body(note(written, "Family meeting held.")).put("/api/patients/{p}/notes/{n}",
                patientId, created).then().statusCode(201);

        JsonPath delta = as(asNurse).queryParam("since", cursor).get("/api/sync").then().statusCode(200).extract().jsonPath();
        assertThat(delta.getList("changes", Map.class)).extracting(change -> change.get("kind") + " " + change.get("id")
                + " " + change.get("operation")).containsExactly(
                        "NOTE " + editedTwice + " UPSERT",
                        "FAMILY_CONTACT " + deletedContact + " DELETE",
                        "NOTE " + created + " UPSERT");
        assertThat(delta.getString("changes[0].data.text")).as("a record changed twice comes once, as it is now")
                .isEqualTo("Second words.");
        assertThat(delta.getLong("changes[0].data.version")).isEqualTo(1);
        assertThat(delta.getBoolean("hasMore")).isFalse();
        assertThat(delta.getList("patients", String.class)).contains(patientId.toString())
                .doesNotContain(colleaguesPatient.toString());

        List<String> pagedOneByOne = new ArrayList<>();
        String next = cursor;
        boolean more = true;
        while (more) {
            JsonPath page = as(asNurse).queryParam("since", next).queryParam("limit", 1).get("/api/sync").then()
                    .statusCode(200).extract().jsonPath();
            pagedOneByOne.addAll(page.getList("changes.id", String.class));
            next = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        assertThat(pagedOneByOne).as("page by page, a record changed in two pages comes in each")
                .containsExactly(editedTwice.toString(), editedTwice.toString(), deletedContact.toString(),
                        created.toString());
        as(asNurse).queryParam("since", next).get("/api/sync").then().statusCode(200)
                .body("changes", empty()).body("next", equalTo(next));
    }

    @Test
    void aNurseNeitherSyncsNorUploadsForAPatientOffTheirCaseload() {
        String nurse = user("nurse-own");
        UUID othersPatient = fixtures().admitted(user("nurse-other"));
        given().contentType(ContentType.JSON).body(note(Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS),
                "Not for every nurse.")).put("/api/patients/{p}/notes/{n}", othersPatient, UUID.randomUUID())
                .then().statusCode(201);
        String asNurse = TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty());

        JsonPath everything = as(asNurse).get("/api/sync").then().statusCode(200).extract().jsonPath();
        assertThat(everything.getList("changes.patientId", String.class)).doesNotContain(othersPatient.toString());
        assertThat(everything.getList("patients", String.class)).doesNotContain(othersPatient.toString());
        as(asNurse).queryParam("patientId", othersPatient).get("/api/sync").then().statusCode(200)
                .body("changes.patientId", not(hasItem(othersPatient.toString())));
        as(asNurse).contentType(ContentType.JSON).body(Map.of("items", List.of(upsert("NOTE", UUID.randomUUID(),
                        othersPatient, null, note(Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS), "Mine?")))))
                .post("/api/sync").then().statusCode(200)
                .body("results[0].status", equalTo("REJECTED"))
                .body("results[0].problem.status", equalTo(404));
        as(asNurse).get("/api/patients/{p}/essentials", othersPatient).then().statusCode(404);
    }

    @Test
    void aCoordinatorsFeedIsTheCensusWhateverOtherSettingsToldOfPatientsTheProgrammeDoesNotHold() {
        UUID elsewhere = UUID.randomUUID();
        kafka().publish(URI.create("/pallium/inpatient-service"), new CodeStatusChanged(UUID.randomUUID(), elsewhere,
                CareSetting.INPATIENT, CodeStatus.DNR, CodeStatus.FULL_CODE, "Dr. Ira Byock",
                Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS)));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> EssentialFact.count("patientId", elsewhere) > 0));

        List<String> patientsInTheFeed = new ArrayList<>();
        drain(() -> given().queryParam("limit", 500), null,
                page -> patientsInTheFeed.addAll(page.getList("changes.patientId", String.class)));
        assertThat(patientsInTheFeed).isNotEmpty().doesNotContain(elsewhere.toString());
    }

    @Test
    void aMalformedCursorOrItemIsRefusedWithWhatWasWrong() {
        given().queryParam("since", "not-a-cursor").get("/api/sync").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("invalid-cursor"));
        given().queryParam("limit", 501).get("/api/sync").then().statusCode(400);
        UUID patientId = fixtures().admitted(user("nurse-typo"));
        Map<String, Object> unreadable = upsert("NOTE", UUID.randomUUID(), patientId, null,
                Map.of("writtenAt", "yesterday", "discipline", "NURSE", "text", "x"));
        Map<String, Object> invalid = upsert("NOTE", UUID.randomUUID(), patientId, null,
                Map.of("writtenAt", Instant.now().minusSeconds(5).toString(), "discipline", "NURSE", "text", " "));
        given().contentType(ContentType.JSON).body(Map.of("items", List.of(unreadable, invalid))).post("/api/sync").then()
                .statusCode(200)
                .body("results[0].status", equalTo("REJECTED"))
                .body("results[0].problem.status", equalTo(400))
                .body("results[1].status", equalTo("REJECTED"))
                .body("results[1].problem.violations[0].pointer", equalTo("/items/1/data/text"));
        QuarkusTransaction.requiringNew().run(() -> assertThat(ClinicalNote.count("patientId", patientId)).isZero());
    }

    @Test
    void aDaysVisitsUploadedTogetherAreCommittedAGroupOfItemsAtATimeInTheirOrder() {
        String nurse = user("nurse-long-day");
        UUID patientId = fixtures().admitted(nurse);
        Instant morning = Instant.now().minus(10, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int visit = 0; visit < 30; visit++) {
            batch.add(visit(patientId, nurse, morning.plus(visit * 10L, ChronoUnit.MINUTES)));
        }
        String asNurse = TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty());
        String before = drain(asNurse, null);

        as(asNurse).contentType(ContentType.JSON).body(Map.of("items", batch)).post("/api/sync").then().statusCode(200)
                .body("results.status", everyItem(equalTo("APPLIED")))
                .body("results.id", contains(batch.stream().map(item -> item.get("id").toString()).toArray()));

        assertThat(transactionsThatWroteTheVisitsOf(patientId)).as("25 items to a transaction: two commits for 30")
                .isEqualTo(2);
        assertThat(visitIdsInTheDelta(asNurse, patientId, before)).as("the change feed, in the upload's order")
                .containsExactlyElementsOf(batch.stream().map(item -> item.get("id").toString()).toList());
    }

    @Test
    void anItemRefusedAmongOthersUploadedTogetherLeavesThemAppliedAndNothingOfItself() {
        String nurse = user("nurse-mixed-day");
        UUID patientId = fixtures().admitted(nurse);
        Instant morning = Instant.now().minus(6, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String asNurse = TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty());
        UUID editedMeanwhile = UUID.randomUUID();
        as(asNurse).contentType(ContentType.JSON).body(note(morning, "Breathless."))
                .put("/api/patients/{patientId}/notes/{noteId}", patientId, editedMeanwhile).then().statusCode(201);
        as(asNurse).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(note(morning, "Breathless; fan helps."))
                .put("/api/patients/{patientId}/notes/{noteId}", patientId, editedMeanwhile).then().statusCode(200);
        List<Map<String, Object>> batch = List.of(
                visit(patientId, nurse, morning),
                upsert("NOTE", UUID.randomUUID(), patientId, null, note(morning, " ")),
                visit(patientId, nurse, morning.plus(2, ChronoUnit.HOURS)),
                upsert("NOTE", editedMeanwhile, patientId, 0L, note(morning, "Breathless; oxygen ordered.")),
                visit(patientId, nurse, morning.plus(4, ChronoUnit.HOURS)));

        as(asNurse).contentType(ContentType.JSON).body(Map.of("items", batch)).post("/api/sync").then().statusCode(200)
                .body("results.status", contains("APPLIED", "REJECTED", "APPLIED", "CONFLICT", "APPLIED"))
                .body("results[1].problem.violations[0].pointer", equalTo("/items/1/data/text"))
                .body("results[3].currentVersion", equalTo(1));

        List<UUID> visits = List.of(0, 2, 4).stream().map(index -> (UUID) batch.get(index).get("id")).toList();
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(HomeVisit.<HomeVisit>list("patientId", patientId)).extracting(visit -> visit.id)
                    .containsExactlyInAnyOrderElementsOf(visits);
            assertThat(ClinicalNote.<ClinicalNote>list("patientId", patientId)).singleElement()
                    .satisfies(kept -> assertThat(kept.text).isEqualTo("Breathless; fan helps."));
        });
        assertThat(transactionsThatWroteTheVisitsOf(patientId)).as("each item on its own after the refusal").isEqualTo(3);
        assertThat(visitIdsInTheDelta(asNurse, patientId, null))
                .containsExactlyElementsOf(visits.stream().map(UUID::toString).toList());
        for (UUID visitId : visits) {
            assertThat(kafka().read(Topic.VISIT_EVENTS,
                    published -> published.event() instanceof VisitCompleted visit && visit.visitId().equals(visitId),
                    found -> found.size() > 1, DUPLICATE_WINDOW)).as("visit %s published once", visitId).hasSize(1);
        }
    }

    /**
     * A change feed position is handed out in commit order: a change whose transaction began first
     * but commits after another's still comes after the cursor that saw the other, or an app that
     * synced between the two commits would never see it.
     */
    @Test
    void aChangeCommittedAfterALaterOneComesAfterTheCursorThatSawTheLaterOne() throws Exception {
        UUID patientId = fixtures().admitted(user("nurse-feed-order"));
        UUID committedFirst = UUID.randomUUID();
        UUID committedSecond = UUID.randomUUID();
        String before = drain(() -> given().queryParam("patientId", patientId), null, page -> { });
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        try (ExecutorService transactions = Executors.newFixedThreadPool(2)) {
            Future<?> slow = transactions.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                changeFeed.changed(SyncKind.NOTE, patientId, committedSecond);
                appended.countDown();
                awaitUninterruptibly(commit);
            }));
            assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
            transactions.submit(() -> QuarkusTransaction.requiringNew()
                    .run(() -> changeFeed.changed(SyncKind.NOTE, patientId, committedFirst)))
                    .get(10, TimeUnit.SECONDS);

            List<String> seen = new ArrayList<>();
            String between = drain(() -> given().queryParam("patientId", patientId), before,
                    page -> seen.addAll(page.getList("changes.id", String.class)));
            assertThat(seen).as("the other changes to the patient aside").contains(committedFirst.toString())
                    .doesNotContain(committedSecond.toString());
            commit.countDown();
            slow.get(10, TimeUnit.SECONDS);

            List<String> after = new ArrayList<>();
            drain(() -> given().queryParam("patientId", patientId), between,
                    page -> after.addAll(page.getList("changes.id", String.class)));
            assertThat(after).contains(committedSecond.toString()).doesNotContain(committedFirst.toString());
        }
    }

    /** Reads the delta to its end; the cursor that stands there. */
    private static String drain(String token, String since) {
        return drain(() -> as(token), since, page -> { });
    }

    /** Reads the delta to its end as {@code caller}, page by page; the cursor that stands there. */
    private static String drain(Supplier<RequestSpecification> caller, String since, Consumer<JsonPath> eachPage) {
        String cursor = since;
        boolean more = true;
        while (more) {
            RequestSpecification request = caller.get();
            if (cursor != null) {
                request = request.queryParam("since", cursor);
            }
            JsonPath page = request.get("/api/sync").then().statusCode(200).extract().jsonPath();
            eachPage.accept(page);
            cursor = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        return cursor;
    }

    private static String containsNote(UUID noteId, String text) {
        return "items.any { it.id == '" + noteId + "' && it.text == '" + text + "' }";
    }

    /** The ids of the visits in the patient's delta since {@code since}, as the nurse's app reads it. */
    private static List<String> visitIdsInTheDelta(String token, UUID patientId, String since) {
        List<String> ids = new ArrayList<>();
        drain(() -> as(token).queryParam("patientId", patientId), since,
                page -> ids.addAll(page.getList("changes.findAll { it.kind == 'VISIT' }.id", String.class)));
        return ids;
    }

    /** How many transactions wrote the patient's visits: each row keeps the id of the one that inserted it. */
    private static long transactionsThatWroteTheVisitsOf(UUID patientId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) HomeVisit.getEntityManager()
                .createNativeQuery("SELECT count(DISTINCT xmin::text) FROM home_visit WHERE patient_id = ?1")
                .setParameter(1, patientId).getSingleResult()).longValue());
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A visit documented offline, as the app uploads it. */
    private static Map<String, Object> visit(UUID patientId, String nurse, Instant startedAt) {
        return upsert("VISIT", UUID.randomUUID(), patientId, null, Map.of("clinician", nurse, "discipline", "NURSE",
                "startedAt", startedAt.toString(), "endedAt", startedAt.plus(45, ChronoUnit.MINUTES).toString()));
    }

    private static Map<String, Object> upsert(String kind, UUID id, UUID patientId, Long baseVersion, Map<String, Object> data) {
        Map<String, Object> item = new HashMap<>();
        item.put("mutationId", UUID.randomUUID());
        item.put("kind", kind);
        item.put("operation", "UPSERT");
        item.put("id", id);
        item.put("patientId", patientId);
        item.put("baseVersion", baseVersion);
        item.put("data", data);
        return item;
    }

    private static Map<String, Object> note(Instant writtenAt, String text) {
        return Map.of("writtenAt", writtenAt.toString(), "discipline", "NURSE", "text", text);
    }

    private static Map<String, Object> contact(String name) {
        return Map.of("name", name, "relationship", "CHILD", "phone", "+1 312 555 0100");
    }

    private HomeFixtures fixtures() {
        return new HomeFixtures(bootstrapServers);
    }

    private KafkaEvents kafka() {
        return new KafkaEvents(bootstrapServers);
    }
}
