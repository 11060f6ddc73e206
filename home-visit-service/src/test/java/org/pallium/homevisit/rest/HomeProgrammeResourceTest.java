package org.pallium.homevisit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.Discipline;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.ReferralCancelled;
import org.pallium.events.ReferralEvent;
import org.pallium.events.ReferralFirstVisitCompleted;
import org.pallium.events.ReferralReceived;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.Topic;
import org.pallium.events.VisitCompleted;
import org.pallium.platform.outbox.OutboxRelay;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.LocalInfrastructureResource;
import org.pallium.platform.testing.ReferralLifecycleContract;
import org.pallium.platform.testing.SampleReferrals;

/** The home programme's admissions and visits; and, from the contract it extends, the lifecycle of its referrals. */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "homevisit"))
class HomeProgrammeResourceTest extends ReferralLifecycleContract {

    private static final URI GATEWAY = URI.create("/pallium/referral-gateway");
    private static final URI HOME_VISIT_SERVICE = URI.create("/pallium/home-visit-service");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How long to keep reading for a duplicate once everything committed has been published. */
    private static final Duration DUPLICATE_WINDOW = Duration.ofSeconds(3);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OutboxRelay relay;

    @Override
    protected CareSetting setting() {
        return CareSetting.HOME;
    }

    @Override
    protected Map<String, Object> lifecycleOf(UUID referralId) {
        return lifecycleIn(given().get("/api/admissions").then().statusCode(200).extract().jsonPath().setRootPath("items"),
                "referralId", referralId);
    }

    @Override
    protected ValidatableResponse recordVisit(ReferralSubmitted referral, UUID visitId, Instant startedAt) {
        return given().contentType(ContentType.JSON)
                .body(visit(visitId, referral.patientId(), startedAt, startedAt.plus(40, ChronoUnit.MINUTES)))
                .post("/api/visits").then();
    }

    @Test
    void aReferralRoutedHomeOpensAnAdmissionForTheTeamToTriage() {
        ReferralSubmitted referral = referral(UUID.randomUUID(), CareSetting.HOME);
        kafka().publish(GATEWAY, referral);

        String admissionId = awaitAdmissionOf(referral);

        given().get("/api/admissions/{id}", admissionId).then().statusCode(200)
                .body("patientId", equalTo(referral.patientId().toString()))
                .body("lifecycle.status", equalTo("RECEIVED"))
                .body("reason", equalTo(referral.reason()))
                .body("referringClinician", equalTo(referral.referrer().clinician()))
                .body("handover", nullValue());
    }

    @Test
    void aRedeliveredReferralAdmitsNoOneTwiceAndIsAcknowledgedOnce() {
        UUID patientId = UUID.randomUUID();
        ReferralSubmitted referral = referral(patientId, CareSetting.HOME);
        CloudEventAttributes attributes = kafka().publish(GATEWAY, referral);
        awaitAdmissionOf(referral);

        kafka().publish(attributes, referral);
        // Same patient, so same partition: once the marker is admitted, the redelivery before it was consumed.
        ReferralSubmitted marker = referral(patientId, CareSetting.HOME);
        kafka().publish(GATEWAY, marker);
        awaitAdmissionOf(marker);
        awaitOutboxPublished();

        assertThat(admissionsOf(referral)).hasSize(1);
        assertThat(acknowledgementsOf(referral, found -> found.size() > 1, DUPLICATE_WINDOW)).hasSize(1);
    }

    @Test
    void aReferralForAnotherSettingIsLeftToThatSetting() {
        UUID patientId = UUID.randomUUID();
        ReferralSubmitted forTheClinic = referral(patientId, CareSetting.OUTPATIENT);
        kafka().publish(GATEWAY, forTheClinic);
        ReferralSubmitted marker = referral(patientId, CareSetting.HOME);
        kafka().publish(GATEWAY, marker);
        awaitAdmissionOf(marker);
        awaitOutboxPublished();

        assertThat(admissionsOf(forTheClinic)).isEmpty();
        assertThat(acknowledgementsOf(forTheClinic, found -> !found.isEmpty(), DUPLICATE_WINDOW)).isEmpty();
    }

    @Test
    void aVisitDocumentedOfflineYesterdayIsRecordedOnceAndPublishedAtItsClinicalTime() {
        ReferralSubmitted referral = admittedPatient();
        UUID visitId = UUID.randomUUID();
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> upload = visit(visitId, referral.patientId(), yesterday, yesterday.plus(50, ChronoUnit.MINUTES));

        given().contentType(ContentType.JSON).body(upload).post("/api/visits")
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", endsWith("/api/visits/" + visitId))
                .body("encounterClass", equalTo("HH"))
                .body("startedAt", equalTo(yesterday.toString()));
        given().contentType(ContentType.JSON).body(upload).post("/api/visits")
                .then().statusCode(200).body("id", equalTo(visitId.toString()));

        String recordedAt = given().get("/api/visits/{id}", visitId).then().statusCode(200)
                .body("patientId", equalTo(referral.patientId().toString()))
                .body("discipline", equalTo("NURSE"))
                .extract().path("recordedAt");
        assertThat(Instant.parse(recordedAt)).isAfter(yesterday.plus(23, ChronoUnit.HOURS));
        given().get("/api/visits?patientId={id}", referral.patientId()).then().statusCode(200).body("items", hasSize(1));

        assertThat(publishedVisits(visitId, found -> !found.isEmpty(), PATIENCE)).isNotEmpty();
        awaitOutboxPublished();
        List<KafkaEvents.Received> published = publishedVisits(visitId, found -> found.size() > 1, DUPLICATE_WINDOW);
        assertThat(published).hasSize(1);
        VisitCompleted visit = (VisitCompleted) published.getFirst().event();
        assertThat(visit.patientId()).isEqualTo(referral.patientId());
        assertThat(visit.setting()).isEqualTo(CareSetting.HOME);
        assertThat(visit.encounterClass()).isEqualTo("HH");
        assertThat(visit.clinician()).isEqualTo("Cicely Saunders, RN");
        assertThat(visit.discipline()).isEqualTo(Discipline.NURSE);
        assertThat(visit.startedAt()).isEqualTo(yesterday);
        assertThat(visit.endedAt()).isEqualTo(yesterday.plus(50, ChronoUnit.MINUTES));
        assertThat(published.getFirst().attributes().time()).isEqualTo(yesterday);
        assertThat(published.getFirst().attributes().source()).isEqualTo(URI.create("/pallium/home-visit-service"));
        assertThat(published.getFirst().key()).isEqualTo(referral.patientId().toString());
    }

    @Test
    void aPatientsVisitsAreListedMostRecentFirst() {
        ReferralSubmitted referral = admittedPatient();
        Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS);
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(visit(newer, referral.patientId(), yesterday, yesterday.plusSeconds(1800)))
                .post("/api/visits").then().statusCode(201);
        given().contentType(ContentType.JSON).body(visit(older, referral.patientId(), lastWeek, lastWeek.plusSeconds(1800)))
                .post("/api/visits").then().statusCode(201);

        given().get("/api/visits?patientId={id}", referral.patientId()).then().statusCode(200)
                .body("items.id", contains(newer.toString(), older.toString()));
    }

    @Test
    void aVisitForAPatientNotInTheHomeProgrammeIsRefusedAndNothingIsPublished() {
        UUID patientId = UUID.randomUUID();
        UUID visitId = UUID.randomUUID();
        Instant started = Instant.now().minus(2, ChronoUnit.HOURS);

        given().contentType(ContentType.JSON).body(visit(visitId, patientId, started, started.plusSeconds(1800)))
                .post("/api/visits")
                .then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Patient not in the home programme"));

        given().get("/api/visits/{id}", visitId).then().statusCode(404);
        awaitOutboxPublished();
        assertThat(publishedVisits(visitId, found -> !found.isEmpty(), DUPLICATE_WINDOW)).isEmpty();
    }

    @Test
    void aCancelledReferralCancelsTheAdmissionWhichThenTakesNoNewVisitAndNothingIsPublished() {
        ReferralSubmitted referral = admittedPatient();
        String admissionId = awaitAdmissionOf(referral);
        UUID visitId = UUID.randomUUID();
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        Map<String, Object> upload = visit(visitId, referral.patientId(), yesterday, yesterday.plusSeconds(1800));
        given().contentType(ContentType.JSON).body(upload).post("/api/visits").then().statusCode(201);
        ReferralCancelled cancellation = cancellation(referral);

        kafka().publish(GATEWAY, cancellation);

        await().atMost(PATIENCE).until(() -> given().get("/api/admissions/{id}", admissionId).then().extract()
                .path("lifecycle.status"), "CANCELLED"::equals);
        given().get("/api/admissions/{id}", admissionId).then().statusCode(200)
                .body("lifecycle.cancelled.reason", equalTo(cancellation.reason()))
                .body("lifecycle.cancelled.at", equalTo(cancellation.cancelledAt().toString()))
                .body("reason", equalTo(referral.reason()));
        UUID refusedId = UUID.randomUUID();
        Instant started = Instant.now().minus(1, ChronoUnit.HOURS);
        given().contentType(ContentType.JSON).body(visit(refusedId, referral.patientId(), started, started.plusSeconds(1800)))
                .post("/api/visits")
                .then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Patient not in the home programme"));
        given().contentType(ContentType.JSON).body(upload).post("/api/visits")
                .then().statusCode(200).body("id", equalTo(visitId.toString()));
        given().get("/api/visits/{id}", refusedId).then().statusCode(404);
        given().get("/api/visits?patientId={id}", referral.patientId()).then().body("items", hasSize(1));

        awaitOutboxPublished();
        assertThat(publishedVisits(refusedId, found -> !found.isEmpty(), DUPLICATE_WINDOW)).isEmpty();
        assertThat(kafka().read(Topic.REFERRAL_EVENTS,
                received -> received.attributes().source().equals(HOME_VISIT_SERVICE)
                        && ((ReferralEvent) received.event()).referralId().equals(referral.referralId()),
                found -> found.size() > 3, DUPLICATE_WINDOW))
                .extracting(received -> (Object) received.event().getClass())
                .containsExactly(ReferralReceived.class, ReferralAccepted.class, ReferralFirstVisitCompleted.class);
    }

    @Test
    void aCancellationForAnotherSettingLeavesTheAdmissionAsItWas() {
        ReferralSubmitted referral = admittedPatient();
        String admissionId = awaitAdmissionOf(referral);
        ReferralSubmitted forTheClinic = referral(referral.patientId(), CareSetting.OUTPATIENT);
        kafka().publish(GATEWAY, forTheClinic);

        kafka().publish(GATEWAY, cancellation(forTheClinic));
        // Same patient, so same partition: once the marker is admitted, the cancellation before it was consumed.
        ReferralSubmitted marker = referral(referral.patientId(), CareSetting.HOME);
        kafka().publish(GATEWAY, marker);
        awaitAdmissionOf(marker);

        given().get("/api/admissions/{id}", admissionId).then().statusCode(200)
                .body("lifecycle.status", equalTo("ACCEPTED"))
                .body("lifecycle.cancelled", nullValue());
    }

    @Test
    void aVisitIdAlreadyUsedForAnotherPatientIsAConflict() {
        ReferralSubmitted first = admittedPatient();
        ReferralSubmitted second = admittedPatient();
        UUID visitId = UUID.randomUUID();
        Instant started = Instant.now().minus(3, ChronoUnit.HOURS);
        given().contentType(ContentType.JSON).body(visit(visitId, first.patientId(), started, started.plusSeconds(1800)))
                .post("/api/visits").then().statusCode(201);

        given().contentType(ContentType.JSON).body(visit(visitId, second.patientId(), started, started.plusSeconds(1800)))
                .post("/api/visits")
                .then().statusCode(409).contentType("application/problem+json");

        given().get("/api/visits/{id}", visitId).then().body("patientId", equalTo(first.patientId().toString()));
        given().get("/api/visits?patientId={id}", second.patientId()).then().body("items", hasSize(0));
    }

    @Test
    void anInvalidVisitIsRefusedWithEveryProblemNamed() {
        ReferralSubmitted referral = admittedPatient();

        Map<String, Object> everythingWrong = Map.of("clinician", " ",
                "startedAt", Instant.now().plusSeconds(3600).toString(), "notes", "x".repeat(20001));
        given().contentType(ContentType.JSON).body(everythingWrong).post("/api/visits")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.pointer", containsInAnyOrder("/clinician", "/discipline", "/endedAt", "/notes", "/patientId", "/startedAt"));
        Instant started = Instant.now().minusSeconds(600);
        Map<String, Object> unknownDiscipline = new HashMap<>(visit(UUID.randomUUID(), referral.patientId(), started,
                started.plusSeconds(60)));
        unknownDiscipline.put("discipline", "CHAUFFEUR");
        given().contentType(ContentType.JSON).body(unknownDiscipline).post("/api/visits")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].pointer", equalTo("/discipline"));
        given().contentType(ContentType.JSON)
                .body(visit(UUID.randomUUID(), referral.patientId(), started, started.minusSeconds(60)))
                .post("/api/visits")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("endedAt is before startedAt"));
        given().get("/api/visits").then().statusCode(400).contentType("application/problem+json")
                .body("violations.parameter", contains("patientId"));

        given().get("/api/visits?patientId={id}", referral.patientId()).then().body("items", hasSize(0));
    }

    @Test
    void anUnknownVisitOrAdmissionIsNotFound() {
        given().get("/api/visits/{id}", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/visits/not-a-uuid").then().statusCode(404);
        given().get("/api/admissions/{id}", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    private KafkaEvents kafka() {
        return new KafkaEvents(bootstrapServers);
    }

    private static ReferralSubmitted referral(UUID patientId, CareSetting setting) {
        return SampleReferrals.submitted(setting, patientId, "Pain and breathlessness at home");
    }

    private static ReferralCancelled cancellation(ReferralSubmitted referral) {
        return new ReferralCancelled(referral.referralId(), referral.patientId(), referral.setting(),
                "Admitted to an inpatient hospice instead", Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** A patient whose referral the team accepted: admitted to the programme. */
    private ReferralSubmitted admittedPatient() {
        return accepted();
    }

    private static Map<String, Object> visit(UUID visitId, UUID patientId, Instant startedAt, Instant endedAt) {
        return Map.of("id", visitId, "patientId", patientId, "clinician", "Cicely Saunders, RN",
                "discipline", "NURSE", "startedAt", startedAt.toString(), "endedAt", endedAt.toString(),
                "notes", "Pain controlled; daughter shown the breakthrough dose.");
    }

    private static List<String> admissionsOf(ReferralSubmitted referral) {
        return given().get("/api/admissions").then().statusCode(200).extract()
                .jsonPath().getList("items.findAll { it.referralId == '" + referral.referralId() + "' }.id", String.class);
    }

    private static String awaitAdmissionOf(ReferralSubmitted referral) {
        return await().atMost(PATIENCE).until(() -> admissionsOf(referral), ids -> !ids.isEmpty()).getFirst();
    }

    /** After this, every event committed so far is on Kafka, so a read that misses one shows it was never recorded. */
    private void awaitOutboxPublished() {
        await().atMost(PATIENCE).until(() -> relay.backlog() == 0);
    }

    private List<KafkaEvents.Received> acknowledgementsOf(ReferralSubmitted referral,
            Predicate<List<KafkaEvents.Received>> enough, Duration timeout) {
        return kafka().read(Topic.REFERRAL_EVENTS,
                received -> (received.event() instanceof ReferralReceived || received.event() instanceof ReferralAccepted)
                        && ((ReferralEvent) received.event()).referralId().equals(referral.referralId()),
                enough, timeout);
    }

    private List<KafkaEvents.Received> publishedVisits(UUID visitId,
            Predicate<List<KafkaEvents.Received>> enough, Duration timeout) {
        return kafka().read(Topic.VISIT_EVENTS,
                received -> received.event() instanceof VisitCompleted visit && visit.visitId().equals(visitId),
                enough, timeout);
    }
}
