package org.pallium.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.CodeStatus;
import org.pallium.events.CodeStatusChanged;
import org.pallium.events.Discipline;
import org.pallium.events.EsasCompletedBy;
import org.pallium.events.EsasR;
import org.pallium.events.PalliumEvent;
import org.pallium.events.ReferralReceived;
import org.pallium.events.VisitCompleted;
import org.pallium.gateway.repository.TimelineEntry;
import org.pallium.gateway.service.ImmediateWriter;
import org.pallium.gateway.service.TimelineService;
import org.pallium.platform.testing.KafkaEvents;

/**
 * What a reader of a long timeline relies on: pages that neither skip nor repeat while events
 * arrive, filters that the next link keeps, late events at their clinical time, and visit titles
 * that read as the symptom's change.
 */
@QuarkusTest
class PatientTimelineQueryTest {

    private static final URI HOME_SERVICE = URI.create("/pallium/home-visit-service");
    private static final URI INPATIENT_SERVICE = URI.create("/pallium/inpatient-service");
    private static final URI OUTPATIENT_SERVICE = URI.create("/pallium/outpatient-service");
    private static final Instant DAY = Instant.parse("2026-02-01T08:00:00Z");

    @Inject
    TimelineService timeline;

    @Inject
    ImmediateWriter writer;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void pagingSeesEveryEntryThatWasThereOnceAndInOrderWhileEventsArriveAllOverTheRange() {
        UUID patientId = patientWithReferral();
        for (int i = 0; i < 120; i++) {
            // Pairs at the same instant: the tie-break between them must hold across pages too.
            add(visit(patientId, CareSetting.HOME, "HH", Discipline.NURSE, DAY.plus(i / 2, ChronoUnit.HOURS), null));
        }
        Set<String> before = Set.copyOf(eventIds(patientId));
        AtomicInteger pagesRead = new AtomicInteger();
        AtomicInteger inserted = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        // Two events arrive after each page read, in their own thread and transactions.
        CompletableFuture<Void> arriving = CompletableFuture.runAsync(() -> {
            while (true) {
                await().atMost(Duration.ofSeconds(60)).until(() -> done.get() || inserted.get() < 2 * pagesRead.get());
                if (done.get()) {
                    return;
                }
                // Over the whole range, and before and after it; some at the very instants already there.
                Instant at = DAY.plus((inserted.get() * 37L) % 70 - 5, ChronoUnit.HOURS);
                add(visit(patientId, CareSetting.INPATIENT, "IMP", Discipline.PHYSICIAN, at, null));
                inserted.incrementAndGet();
            }
        });

        List<Map<String, Object>> seen = new ArrayList<>();
        String next = "/api/patients/" + patientId + "/timeline?limit=7";
        while (next != null) {
            JsonPath page = given().get(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("entries"));
            next = page.getString("next");
            int read = pagesRead.incrementAndGet();
            await().atMost(Duration.ofSeconds(30)).until(() -> inserted.get() >= 2 * read);
        }
        done.set(true);
        arriving.join();

        List<String> ids = seen.stream().map(entry -> (String) entry.get("eventId")).toList();
        assertThat(inserted.get()).as("events arrived while paging").isGreaterThanOrEqualTo(2 * pagesRead.get());
        assertThat(ids).doesNotHaveDuplicates().containsAll(before);
        assertThat(seen.stream().map(entry -> Instant.parse((String) entry.get("occurredAt"))).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(ids).isEqualTo(inDatabaseOrder(patientId, ids));
    }

    @Test
    void everyFilterAloneAndTogetherAndTheNextLinkKeepsThem() {
        UUID patientId = patientWithReferral();
        VisitCompleted homeNurse = visit(patientId, CareSetting.HOME, "HH", Discipline.NURSE, DAY, null);
        VisitCompleted homeVideoSocialWorker = visit(patientId, CareSetting.HOME, "VR", Discipline.SOCIAL_WORKER,
                DAY.plus(1, ChronoUnit.DAYS), null);
        VisitCompleted hospitalPhysician = visit(patientId, CareSetting.INPATIENT, "IMP", Discipline.PHYSICIAN,
                DAY.plus(2, ChronoUnit.DAYS), null);
        VisitCompleted clinicNurse = visit(patientId, CareSetting.OUTPATIENT, "AMB", Discipline.NURSE,
                DAY.plus(3, ChronoUnit.DAYS), null);
        List.of(homeNurse, homeVideoSocialWorker, hospitalPhysician, clinicNurse).forEach(this::add);
        add(new ReferralReceived(UUID.randomUUID(), patientId, CareSetting.HOME, DAY.plus(4, ChronoUnit.DAYS)));
        add(new CodeStatusChanged(UUID.randomUUID(), patientId, CareSetting.INPATIENT, CodeStatus.DNR, null, "Dr. A",
                DAY.plus(5, ChronoUnit.DAYS)));
        String visitType = "org.pallium.visit.completed.v2";

        assertThat(links(patientId, "setting=HH")).containsExactly("referral", "referral", link(homeNurse));
        assertThat(links(patientId, "setting=VR")).containsExactly(link(homeVideoSocialWorker));
        assertThat(links(patientId, "setting=IMP&setting=AMB")).containsExactly("code-status", link(clinicNurse),
                link(hospitalPhysician));
        assertThat(links(patientId, "setting=imp%2Camb")).isEqualTo(links(patientId, "setting=IMP&setting=AMB"));
        assertThat(links(patientId, "type=" + visitType)).containsExactly(link(clinicNurse), link(hospitalPhysician),
                link(homeVideoSocialWorker), link(homeNurse));
        assertThat(links(patientId, "type=code-status.changed&type=referral.received")).containsExactly("code-status",
                "referral");
        assertThat(links(patientId, "discipline=NURSE")).containsExactly(link(clinicNurse), link(homeNurse));
        assertThat(links(patientId, "discipline=SOCIAL_WORKER&discipline=PHYSICIAN")).containsExactly(
                link(hospitalPhysician), link(homeVideoSocialWorker));
        assertThat(links(patientId, "from=" + DAY.plus(1, ChronoUnit.DAYS) + "&to=" + DAY.plus(3, ChronoUnit.DAYS)))
                .containsExactly(link(hospitalPhysician), link(homeVideoSocialWorker));
        assertThat(links(patientId, "from=2026-02-03&to=2026-02-04")).containsExactly(link(hospitalPhysician));
        assertThat(links(patientId, "setting=HH&setting=AMB&discipline=NURSE&type=visit.completed&to=2026-02-04"))
                .containsExactly(link(homeNurse));
        assertThat(links(patientId, "setting=VR&discipline=NURSE")).isEmpty();

        given().get("/api/patients/{id}/timeline?type=visit.completed&discipline=NURSE&discipline=PHYSICIAN&limit=1",
                patientId).then().statusCode(200).body("entries[0].encounterClass", equalTo("AMB"))
                .body("entries[0].discipline", equalTo("NURSE")).body("entries[0].setting", equalTo("OUTPATIENT"));
        List<String> pages = new ArrayList<>();
        String next = "/api/patients/" + patientId + "/timeline?type=visit.completed&discipline=NURSE&discipline=PHYSICIAN"
                + "&limit=1";
        while (next != null) {
            Response response = given().urlEncodingEnabled(false).get(next);
            JsonPath page = response.then().statusCode(200).extract().jsonPath();
            pages.add(page.getString("entries[0].link"));
            next = page.getString("next");
            if (next != null) {
                assertThat(next).contains("type=visit.completed").contains("discipline=NURSE")
                        .contains("discipline=PHYSICIAN").contains("limit=1")
                        .contains("cursor=" + page.getString("nextCursor"));
                assertThat(response.header("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
            } else {
                assertThat(response.header("Link")).isNull();
                assertThat(page.getString("nextCursor")).isNull();
            }
        }
        assertThat(pages).containsExactly(link(clinicNurse), link(hospitalPhysician), link(homeNurse));
    }

    @Test
    void aFilterValueTheTimelineDoesNotKnowIsRefusedNamingItsParameter() {
        UUID patientId = patientWithReferral();
        given().get("/api/patients/{id}/timeline?setting=ICU&type=visit.exploded&discipline=WIZARD&from=yesterday"
                + "&to=2026-13-01", patientId).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("invalid-timeline-filter"))
                .body("violations.parameter", containsInAnyOrder("setting", "type", "discipline",
                        "from", "to"));
        given().get("/api/patients/{id}/timeline?setting=HH,VX", patientId).then().statusCode(400)
                .body("violations[0].parameter", equalTo("setting"))
                .body("violations[0].message", equalTo("'VX' is none of IMP, AMB, HH, VR"));
        given().get("/api/patients/{id}/timeline?from=2026-03-02&to=2026-03-01", patientId).then().statusCode(400)
                .body("violations[0].parameter", equalTo("to"));
        given().get("/api/patients/{id}/timeline?type=org.pallium.visit.completed.v1", patientId).then().statusCode(400)
                .body("violations.parameter", hasItem("type"));
    }

    @Test
    void aPatientTheCallerMayNotSeeIsNotFoundWhateverTheFilters() {
        UUID patientId = patientWithReferral();
        String inpatientClinician = ReferralScopeTest.clinician(CareSetting.INPATIENT);
        ReferralScopeTest.assertSameAsMissing(
                ReferralScopeTest.as(inpatientClinician).get("/api/patients/{id}/timeline?setting=HH&type=visit.completed",
                        patientId),
                ReferralScopeTest.as(inpatientClinician).get("/api/patients/{id}/timeline?setting=HH&type=visit.completed",
                        UUID.randomUUID()));
        ReferralScopeTest.as(ReferralScopeTest.clinician(CareSetting.HOME))
                .get("/api/patients/{id}/timeline?setting=HH", patientId).then().statusCode(200);
    }

    @Test
    void aVisitUploadedADayLateLandsAtItsClinicalTimeAndReadsAgainstTheScoresBeforeIt() {
        UUID patientId = patientWithReferral();
        Instant monday = Instant.parse("2026-05-04T10:00:00Z");
        VisitCompleted first = visit(patientId, CareSetting.HOME, "HH", Discipline.NURSE, monday, esas(7));
        VisitCompleted hospital = visit(patientId, CareSetting.INPATIENT, "IMP", Discipline.PHYSICIAN,
                monday.plus(2, ChronoUnit.DAYS), esas(4));
        VisitCompleted offline = visit(patientId, CareSetting.HOME, "HH", Discipline.NURSE,
                monday.plus(1, ChronoUnit.DAYS), esas(5));
        kafka().publish(HOME_SERVICE, first);
        kafka().publish(INPATIENT_SERVICE, hospital);
        awaitEntries(patientId, 3);
        kafka().publish(HOME_SERVICE, offline);
        awaitEntries(patientId, 4);

        JsonPath visits = given().get("/api/patients/{id}/timeline?type=visit.completed", patientId).then()
                .statusCode(200).extract().jsonPath();

        assertThat(visits.getList("entries.link", String.class)).containsExactly(link(hospital), link(offline),
                link(first));
        assertThat(visits.getList("entries.title", String.class)).containsExactly(
                "Hospital consult visit by MD, 45 min, ESAS pain 7 → 4, total 20",
                "Home visit by RN, 45 min, ESAS pain 7 → 5, total 21",
                "Home visit by RN, 45 min, ESAS pain 7, total 23");
        assertThat(Instant.parse(visits.getString("entries[1].occurredAt"))).isEqualTo(offline.startedAt());
        given().get("/api/patients/{id}/timeline?limit=1&to=" + monday.plus(2, ChronoUnit.DAYS), patientId).then()
                .statusCode(200).body("entries[0].link", equalTo(link(offline)));
        String second = given().get("/api/patients/{id}/timeline?limit=1&type=visit.completed", patientId).then()
                .extract().path("next");
        given().get(second).then().statusCode(200).body("entries[0].link", equalTo(link(offline)));
    }

    @Test
    void theEntryKeepsTheEventAsReceived() {
        UUID patientId = patientWithReferral();
        VisitCompleted visit = visit(patientId, CareSetting.OUTPATIENT, "VR", Discipline.NURSE_PRACTITIONER, DAY, esas(3));
        CloudEventAttributes attributes = kafka().publish(OUTPATIENT_SERVICE, visit);
        awaitEntries(patientId, 2);

        TimelineEntry entry = QuarkusTransaction.requiringNew().call(() -> TimelineEntry.findById(attributes.id()));

        assertThat(entry.encounterClass).isEqualTo("VR");
        assertThat(entry.discipline).isEqualTo(Discipline.NURSE_PRACTITIONER);
        assertThat(entry.payload.get("visitId").asText()).isEqualTo(visit.visitId().toString());
        assertThat(entry.payload.get("startedAt").asText()).isEqualTo(DAY.toString());
        assertThat(entry.payload.at("/esas/pain").asInt()).isEqualTo(3);
        assertThat(entry.title).isEqualTo("Video visit by NP, 45 min, ESAS pain 3, total 19");
    }

    private static VisitCompleted visit(UUID patientId, CareSetting setting, String encounterClass, Discipline discipline,
            Instant at, EsasR esas) {
        return new VisitCompleted(UUID.randomUUID(), patientId, setting, encounterClass, "Clinician " + discipline,
                discipline, at, at.plus(45, ChronoUnit.MINUTES), esas, null);
    }

    /** Pain {@code pain}, the other items 2 (so no other symptom is severe), wellbeing 2. */
    private static EsasR esas(int pain) {
        return new EsasR(pain, 2, 2, 2, 2, 2, 2, 2, 2, null, null, EsasCompletedBy.PATIENT);
    }

    /** Adds the event as the consumer does, in a transaction of its own. */
    private void add(PalliumEvent event) {
        QuarkusTransaction.requiringNew().run(
                () -> timeline.add(CloudEventAttributes.of(UUID.randomUUID(), HOME_SERVICE, event), event, writer));
    }

    /**
     * The links of every entry matching {@code query} (encoded), paged through by following each
     * page's next link as it is; "referral" or "code-status" for those records.
     */
    private static List<String> links(UUID patientId, String query) {
        List<String> links = new ArrayList<>();
        String next = "/api/patients/" + patientId + "/timeline?limit=2&" + query;
        while (next != null) {
            JsonPath page = given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().jsonPath();
            page.getList("entries.link", String.class).forEach(link -> links.add(
                    link.contains("/api/referrals/") ? "referral" : link.contains("/api/code-statuses/") ? "code-status" : link));
            next = page.getString("next");
        }
        return links;
    }

    private static String link(VisitCompleted visit) {
        String base = switch (visit.setting()) {
            case INPATIENT -> "http://127.0.0.1:8081/api/encounters/";
            case OUTPATIENT -> "http://127.0.0.1:8082/api/visits/";
            case HOME -> "http://127.0.0.1:8083/api/visits/";
        };
        return base + visit.visitId();
    }

    private static List<String> eventIds(UUID patientId) {
        return QuarkusTransaction.requiringNew().call(() -> TimelineEntry.<TimelineEntry>list("patientId", patientId))
                .stream().map(entry -> entry.eventId.toString()).toList();
    }

    /** The entries {@code ids} names in the timeline's order, read from the database once paging is done. */
    private static List<String> inDatabaseOrder(UUID patientId, List<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        return QuarkusTransaction.requiringNew().call(() -> TimelineEntry.<TimelineEntry>list(
                        "patientId = ?1 order by occurredAt desc, arrival desc", patientId)).stream()
                .map(entry -> entry.eventId.toString()).filter(wanted::contains).toList();
    }

    private KafkaEvents kafka() {
        return new KafkaEvents(bootstrapServers);
    }

    private static UUID patientWithReferral() {
        UUID patientId = UUID.fromString(
                ReferralResourceTest.submit(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME")));
        awaitEntries(patientId, 1);
        return patientId;
    }

    private static void awaitEntries(UUID patientId, int entries) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/patients/{id}/timeline", patientId).then()
                .statusCode(200).extract().jsonPath().getList("entries").size() >= entries);
    }
}
