package org.pallium.outpatient.rest;

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

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.CodeStatus;
import org.pallium.events.Discipline;
import org.pallium.events.PatientTransitioned;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.ReferralCancelled;
import org.pallium.events.ReferralEvent;
import org.pallium.events.ReferralFirstVisitCompleted;
import org.pallium.events.ReferralReceived;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.Topic;
import org.pallium.events.TransitionOutcome;
import org.pallium.events.VisitCompleted;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.LocalInfrastructureResource;
import org.pallium.platform.testing.ReferralLifecycleContract;
import org.pallium.platform.testing.SampleReferrals;
import org.pallium.platform.testing.SampleTransitions;

/** The clinic's referrals and visits; and, from the contract it extends, the lifecycle of its referrals. */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "outpatient"))
class ClinicResourceTest extends ReferralLifecycleContract {

    private static final URI GATEWAY = URI.create("/pallium/referral-gateway");
    private static final URI OUTPATIENT_SERVICE = URI.create("/pallium/outpatient-service");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Override
    protected CareSetting setting() {
        return CareSetting.OUTPATIENT;
    }

    @Override
    protected Map<String, Object> lifecycleOf(UUID referralId) {
        return lifecycleIn(given().get("/api/referrals").then().statusCode(200).extract().jsonPath(), "id", referralId);
    }

    @Override
    protected ValidatableResponse recordVisit(ReferralSubmitted referral, UUID visitId, Instant startedAt) {
        return given().contentType(ContentType.JSON).body(visit(visitId, referral.patientId(), "FOLLOW_UP", startedAt))
                .post("/api/visits").then();
    }

    @Test
    void aReferralRoutedToTheClinicIsListedForTheTeamToTriage() {
        ReferralSubmitted referral = referral(UUID.randomUUID(), CareSetting.OUTPATIENT);
        kafka().publish(GATEWAY, referral);

        awaitReferral(referral);

        given().get("/api/referrals/{id}", referral.referralId()).then().statusCode(200)
                .body("patientId", equalTo(referral.patientId().toString()))
                .body("reason", equalTo(referral.reason()))
                .body("referringClinician", equalTo(referral.referrer().clinician()))
                .body("lifecycle.status", equalTo("RECEIVED"))
                .body("lifecycle.setting", equalTo("OUTPATIENT"))
                .body("handover", nullValue());
    }

    @Test
    void aRedeliveredReferralAddsNothing() {
        ReferralSubmitted referral = referral(UUID.randomUUID(), CareSetting.OUTPATIENT);
        CloudEventAttributes attributes = kafka().publish(GATEWAY, referral);
        awaitReferral(referral);

        kafka().publish(attributes, referral);
        ReferralSubmitted later = laterReferralOfTheSamePatient(referral);

        assertThat(referralsOf(referral.patientId())).hasSize(2);
        assertThat(acknowledgementsUntilAccepted(later))
                .filteredOn(received -> ((ReferralEvent) received.event()).referralId().equals(referral.referralId()))
                .hasSize(1);
    }

    @Test
    void aReferralPublishedAgainUnderANewEventIdIsReceivedNoSecondTime() {
        ReferralSubmitted referral = referral(UUID.randomUUID(), CareSetting.OUTPATIENT);
        kafka().publish(GATEWAY, referral);
        awaitReferral(referral);

        kafka().publish(GATEWAY, referral);
        ReferralSubmitted later = laterReferralOfTheSamePatient(referral);

        assertThat(referralsOf(referral.patientId())).hasSize(2);
        assertThat(acknowledgementsUntilAccepted(later))
                .filteredOn(received -> ((ReferralEvent) received.event()).referralId().equals(referral.referralId()))
                .hasSize(1);
    }

    @Test
    void aReferralForAnotherSettingIsLeftToThatSetting() {
        ReferralSubmitted forTheHospital = referral(UUID.randomUUID(), CareSetting.INPATIENT);
        kafka().publish(GATEWAY, forTheHospital);
        ReferralSubmitted marker = laterReferralOfTheSamePatient(forTheHospital);

        assertThat(referralsOf(forTheHospital.patientId())).containsExactly(marker.referralId().toString());
        given().get("/api/referrals/{id}", forTheHospital.referralId()).then().statusCode(404);
        assertThat(acknowledgementsUntilAccepted(marker))
                .allSatisfy(received -> assertThat(((ReferralEvent) received.event()).referralId())
                        .isEqualTo(marker.referralId()));
    }

    @Test
    void aPatientDischargedToTheClinicComesWithTheHospitalTeamsHandover() {
        ReferralSubmitted referral = referral(UUID.randomUUID(), CareSetting.OUTPATIENT);
        PatientTransitioned transition = SampleTransitions.discharged(referral.patientId(),
                TransitionOutcome.OUTPATIENT_CLINIC, referral.referralId(), CodeStatus.DNR);

        kafka().publish(SampleTransitions.INPATIENT_SERVICE, transition);
        kafka().publish(GATEWAY, referral);

        await().atMost(PATIENCE).until(() -> given().queryParam("patientId", referral.patientId()).get("/api/referrals")
                .then().statusCode(200).extract().jsonPath().getString("[0].handover.codeStatus"), "DNR"::equals);
        given().get("/api/referrals/{id}", referral.referralId()).then().statusCode(200)
                .body("lifecycle.status", equalTo("RECEIVED"))
                .body("handover.fromSetting", equalTo("INPATIENT"))
                .body("handover.outcome", equalTo("OUTPATIENT_CLINIC"))
                .body("handover.esas.pain", equalTo(transition.handover().esas().pain()))
                .body("handover.esas.completedBy", equalTo("PATIENT"))
                .body("handover.pps", equalTo(transition.handover().pps()))
                .body("handover.whatMatters", equalTo(transition.handover().whatMatters()))
                .body("handover.healthcareAgent.name", equalTo(transition.handover().healthcareAgent().name()))
                .body("handover.advanceDirective", equalTo(transition.handover().advanceDirective()));
    }

    @Test
    void aVisitIsRecordedOnceAndPublishedOnceAsAnAmbulatoryEncounter() {
        UUID patientId = referredPatient();
        UUID visitId = UUID.randomUUID();
        Instant started = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> visit = visit(visitId, patientId, "SYMPTOM_FOCUSED", started);

        given().contentType(ContentType.JSON).body(visit).post("/api/visits")
                .then().statusCode(201)
                .header("Location", endsWith("/api/visits/" + visitId))
                .body("encounterClass", equalTo("AMB"))
                .body("visitType", equalTo("SYMPTOM_FOCUSED"));
        given().contentType(ContentType.JSON).body(visit).post("/api/visits")
                .then().statusCode(200).body("id", equalTo(visitId.toString()));

        given().get("/api/visits/{id}", visitId).then().statusCode(200)
                .body("patientId", equalTo(patientId.toString()))
                .body("notes", equalTo(visit.get("notes")));
        given().queryParam("patientId", patientId).get("/api/visits").then().body("$", hasSize(1));
        UUID marker = recordFollowUp(patientId);
        List<KafkaEvents.Received> published = visitsPublishedUntil(patientId, marker);
        assertThat(published).extracting(received -> ((VisitCompleted) received.event()).visitId())
                .containsExactly(visitId, marker);
        VisitCompleted completed = (VisitCompleted) published.getFirst().event();
        assertThat(completed.patientId()).isEqualTo(patientId);
        assertThat(completed.setting()).isEqualTo(CareSetting.OUTPATIENT);
        assertThat(completed.encounterClass()).isEqualTo("AMB");
        assertThat(completed.discipline()).isEqualTo(Discipline.NURSE_PRACTITIONER);
        assertThat(completed.startedAt()).isEqualTo(started);
        assertThat(completed.endedAt()).isEqualTo(started.plusSeconds(2700));
        assertThat(published.getFirst().key()).isEqualTo(patientId.toString());
        assertThat(published.getFirst().attributes().source()).isEqualTo(URI.create("/pallium/outpatient-service"));
    }

    @Test
    void aVideoVisitIsPublishedAsAVirtualEncounter() {
        UUID patientId = referredPatient();
        UUID visitId = UUID.randomUUID();

        given().contentType(ContentType.JSON)
                .body(visit(visitId, patientId, "VIDEO_VISIT", Instant.now().minus(1, ChronoUnit.HOURS)))
                .post("/api/visits")
                .then().statusCode(201).body("encounterClass", equalTo("VR"));

        List<KafkaEvents.Received> published = visitsPublishedUntil(patientId, visitId);
        assertThat(published).hasSize(1);
        assertThat(((VisitCompleted) published.getFirst().event()).encounterClass()).isEqualTo("VR");
    }

    @Test
    void theVisitsOfAPatientAreListedMostRecentFirst() {
        UUID patientId = referredPatient();
        Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS);
        UUID earlier = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(visit(later, patientId, "FOLLOW_UP", lastWeek.plus(3, ChronoUnit.DAYS)))
                .post("/api/visits").then().statusCode(201);
        given().contentType(ContentType.JSON).body(visit(earlier, patientId, "NEW_PATIENT", lastWeek))
                .post("/api/visits").then().statusCode(201);

        given().queryParam("patientId", patientId).get("/api/visits").then().statusCode(200)
                .body("id", contains(later.toString(), earlier.toString()));
    }

    @Test
    void aVisitIdTakenByAnotherPatientIsAConflict() {
        UUID visitId = UUID.randomUUID();
        UUID firstPatient = referredPatient();
        Instant started = Instant.now().minus(3, ChronoUnit.HOURS);
        given().contentType(ContentType.JSON).body(visit(visitId, firstPatient, "FOLLOW_UP", started))
                .post("/api/visits").then().statusCode(201);

        given().contentType(ContentType.JSON).body(visit(visitId, referredPatient(), "FOLLOW_UP", started))
                .post("/api/visits")
                .then().statusCode(409).contentType("application/problem+json");

        given().get("/api/visits/{id}", visitId).then().body("patientId", equalTo(firstPatient.toString()));
    }

    @Test
    void aVisitOfAPatientNotReferredToTheClinicIsRefusedAndNothingIsPublished() {
        ReferralSubmitted referral = referral(UUID.randomUUID(), CareSetting.OUTPATIENT);
        UUID patientId = referral.patientId();
        UUID visitId = UUID.randomUUID();

        given().contentType(ContentType.JSON)
                .body(visit(visitId, patientId, "NEW_PATIENT", Instant.now().minus(1, ChronoUnit.HOURS)))
                .post("/api/visits")
                .then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Patient not referred to the clinic"));

        given().get("/api/visits/{id}", visitId).then().statusCode(404);
        given().queryParam("patientId", patientId).get("/api/visits").then().body("$", hasSize(0));
        kafka().publish(GATEWAY, referral);
        awaitReferral(referral);
        recordFollowUp(patientId, 422);
        step(referral, "acceptance", Map.of("clinician", "Dr. Helen Park")).statusCode(200);
        UUID marker = recordFollowUp(patientId);
        assertThat(visitsPublishedUntil(patientId, marker))
                .extracting(received -> ((VisitCompleted) received.event()).visitId())
                .containsExactly(marker);
    }

    @Test
    void aCancelledReferralIsShownCancelledAndTakesNoNewVisitAndNothingIsPublished() {
        ReferralSubmitted referral = accepted();
        UUID patientId = referral.patientId();
        UUID visitId = UUID.randomUUID();
        Map<String, Object> before = visit(visitId, patientId, "NEW_PATIENT", Instant.now().minus(3, ChronoUnit.HOURS));
        given().contentType(ContentType.JSON).body(before).post("/api/visits").then().statusCode(201);
        ReferralCancelled cancellation = cancellation(referral);

        kafka().publish(GATEWAY, cancellation);

        await().atMost(PATIENCE).until(() -> given().get("/api/referrals/{id}", referral.referralId()).then().extract()
                .path("lifecycle.status"), "CANCELLED"::equals);
        given().get("/api/referrals/{id}", referral.referralId()).then().statusCode(200)
                .body("lifecycle.cancelled.reason", equalTo(cancellation.reason()))
                .body("lifecycle.cancelled.at", equalTo(cancellation.cancelledAt().toString()))
                .body("reason", equalTo(referral.reason()));
        UUID refusedId = UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(visit(refusedId, patientId, "FOLLOW_UP", Instant.now().minus(1, ChronoUnit.HOURS)))
                .post("/api/visits")
                .then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Patient not referred to the clinic"));
        given().contentType(ContentType.JSON).body(before).post("/api/visits")
                .then().statusCode(200).body("id", equalTo(visitId.toString()));
        given().get("/api/visits/{id}", refusedId).then().statusCode(404);
        given().queryParam("patientId", patientId).get("/api/visits").then().body("$", hasSize(1));

        ReferralSubmitted later = laterReferralOfTheSamePatient(referral);
        UUID marker = recordFollowUp(patientId);
        assertThat(visitsPublishedUntil(patientId, marker))
                .extracting(received -> ((VisitCompleted) received.event()).visitId())
                .containsExactly(visitId, marker);
        assertThat(publishedUntilAccepted(later))
                .filteredOn(received -> ((ReferralEvent) received.event()).referralId().equals(referral.referralId()))
                .extracting(received -> (Object) received.event().getClass())
                .containsExactly(ReferralReceived.class, ReferralAccepted.class, ReferralFirstVisitCompleted.class);
    }

    @Test
    void aCancellationForAnotherSettingLeavesTheClinicReferralAsItWas() {
        ReferralSubmitted referral = accepted();
        ReferralSubmitted forTheHospital = referral(referral.patientId(), CareSetting.INPATIENT);
        kafka().publish(GATEWAY, forTheHospital);

        kafka().publish(GATEWAY, cancellation(forTheHospital));
        laterReferralOfTheSamePatient(referral);

        given().get("/api/referrals/{id}", referral.referralId()).then().statusCode(200)
                .body("lifecycle.status", equalTo("ACCEPTED"))
                .body("lifecycle.cancelled", nullValue());
    }

    @Test
    void anInvalidVisitIsRefusedWithEveryProblemNamed() {
        UUID patientId = referredPatient();

        given().contentType(ContentType.JSON)
                .body(Map.of("visitType", "FOLLOW_UP", "clinician", " ",
                        "startedAt", Instant.now().plusSeconds(3600).toString(), "notes", "x".repeat(20001)))
                .post("/api/visits")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.pointer",
                        containsInAnyOrder("/clinician", "/discipline", "/endedAt", "/notes", "/patientId", "/startedAt"));
        Map<String, Object> houseCall = visit(UUID.randomUUID(), patientId, "FOLLOW_UP", Instant.now().minusSeconds(600));
        houseCall.put("visitType", "HOUSE_CALL");
        given().contentType(ContentType.JSON).body(houseCall).post("/api/visits")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].pointer", equalTo("/visitType"));
        Instant started = Instant.now().minusSeconds(600);
        Map<String, Object> backwards = visit(UUID.randomUUID(), patientId, "FOLLOW_UP", started);
        backwards.put("endedAt", started.minusSeconds(60).toString());
        given().contentType(ContentType.JSON).body(backwards).post("/api/visits")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("endedAt is before startedAt"));

        given().queryParam("patientId", patientId).get("/api/visits").then().body("$", hasSize(0));
        given().get("/api/visits")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].parameter", equalTo("patientId"))
                .body("violations[0].pointer", nullValue());
    }

    @Test
    void anUnknownVisitOrReferralIsNotFound() {
        given().get("/api/visits/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/referrals/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/visits/not-a-uuid").then().statusCode(404);
    }

    private KafkaEvents kafka() {
        return new KafkaEvents(bootstrapServers);
    }

    private static ReferralSubmitted referral(UUID patientId, CareSetting setting) {
        return SampleReferrals.submitted(setting, patientId, "Uncontrolled neuropathic pain");
    }

    private static ReferralCancelled cancellation(ReferralSubmitted referral) {
        return new ReferralCancelled(referral.referralId(), referral.patientId(), referral.setting(),
                "Patient prefers to be followed by their GP", Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Refers the same patient to the clinic again, waits until the clinic has it, and accepts it. It
     * has the same record key, so it lands on the same partition as the events published before it
     * and is consumed after them: once the clinic has it, they have all been handled, and its
     * acceptance is published after anything the clinic published before.
     */
    private ReferralSubmitted laterReferralOfTheSamePatient(ReferralSubmitted first) {
        ReferralSubmitted later = referral(first.patientId(), CareSetting.OUTPATIENT);
        kafka().publish(GATEWAY, later);
        awaitReferral(later);
        step(later, "acceptance", Map.of("clinician", "Dr. Helen Park")).statusCode(200);
        return later;
    }

    /** A patient whose referral the clinic has accepted. */
    private UUID referredPatient() {
        return accepted().patientId();
    }

    private static Map<String, Object> visit(UUID visitId, UUID patientId, String visitType, Instant started) {
        return new HashMap<>(Map.of("id", visitId, "patientId", patientId, "visitType", visitType,
                "clinician", "Dr. Cicely Saunders", "discipline", "NURSE_PRACTITIONER",
                "startedAt", started.toString(), "endedAt", started.plusSeconds(2700).toString(),
                "notes", "Pain better controlled since the change of opioid; constipation addressed."));
    }

    private static List<String> referralsOf(UUID patientId) {
        return given().queryParam("patientId", patientId).get("/api/referrals").then().statusCode(200).extract()
                .jsonPath().getList("id", String.class);
    }

    private static void awaitReferral(ReferralSubmitted referral) {
        await().atMost(PATIENCE).until(() -> referralsOf(referral.patientId()),
                ids -> ids.contains(referral.referralId().toString()));
    }

    /**
     * What the clinic announced about the patient's referrals, up to its acceptance of {@code last}.
     * The clinic publishes a patient's events in the order it recorded them, all on one partition:
     * whatever it announced before accepting {@code last} is in the list.
     */
    private List<KafkaEvents.Received> acknowledgementsUntilAccepted(ReferralSubmitted last) {
        List<KafkaEvents.Received> announced = kafka().read(Topic.REFERRAL_EVENTS,
                received -> isAcknowledgement(received) && received.event().patientId().equals(last.patientId()),
                found -> found.stream().anyMatch(received -> received.event() instanceof ReferralAccepted accepted
                        && accepted.referralId().equals(last.referralId())),
                PATIENCE);
        assertThat(announced).extracting(received -> ((ReferralEvent) received.event()).referralId())
                .contains(last.referralId());
        return announced;
    }

    /** Everything the clinic published about the patient's referrals, up to its acceptance of {@code last}. */
    private List<KafkaEvents.Received> publishedUntilAccepted(ReferralSubmitted last) {
        return kafka().read(Topic.REFERRAL_EVENTS,
                received -> received.attributes().source().equals(OUTPATIENT_SERVICE)
                        && received.event().patientId().equals(last.patientId()),
                found -> found.stream().anyMatch(received -> received.event() instanceof ReferralAccepted accepted
                        && accepted.referralId().equals(last.referralId())),
                PATIENCE);
    }

    private static boolean isAcknowledgement(KafkaEvents.Received received) {
        return received.event() instanceof ReferralReceived || received.event() instanceof ReferralAccepted;
    }

    /** Records a visit of the patient, now; the visits published before it then precede it on the topic. */
    private static UUID recordFollowUp(UUID patientId) {
        return recordFollowUp(patientId, 201);
    }

    private static UUID recordFollowUp(UUID patientId, int expectedStatus) {
        UUID visitId = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(visit(visitId, patientId, "FOLLOW_UP", Instant.now().minusSeconds(60)))
                .post("/api/visits").then().statusCode(expectedStatus);
        return visitId;
    }

    /** The visits published for the patient, in order, up to and including {@code last}. */
    private List<KafkaEvents.Received> visitsPublishedUntil(UUID patientId, UUID last) {
        List<KafkaEvents.Received> published = kafka().read(Topic.VISIT_EVENTS,
                received -> received.event() instanceof VisitCompleted completed && completed.patientId().equals(patientId),
                found -> found.stream().anyMatch(received -> ((VisitCompleted) received.event()).visitId().equals(last)),
                PATIENCE);
        assertThat(published).extracting(received -> ((VisitCompleted) received.event()).visitId()).contains(last);
        return published;
    }
}
