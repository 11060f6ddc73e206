package org.pallium.inpatient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.pallium.events.ConsultRequested;
import org.pallium.events.Discipline;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.ReferralCancelled;
import org.pallium.events.ReferralEvent;
import org.pallium.events.ReferralFirstVisitCompleted;
import org.pallium.events.ReferralReceived;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.Topic;
import org.pallium.events.VisitCompleted;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.LocalInfrastructureResource;
import org.pallium.platform.testing.ReferralLifecycleContract;
import org.pallium.platform.testing.SampleReferrals;

/** The consults and their encounters; and, from the contract it extends, the lifecycle of their referrals. */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "inpatient"))
class ConsultResourceTest extends ReferralLifecycleContract {

    private static final URI GATEWAY = URI.create("/pallium/referral-gateway");
    private static final URI INPATIENT_SERVICE = URI.create("/pallium/inpatient-service");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Override
    protected CareSetting setting() {
        return CareSetting.INPATIENT;
    }

    @Override
    protected Map<String, Object> lifecycleOf(UUID referralId) {
        return lifecycleIn(given().queryParam("referralId", referralId).get("/api/consults").then().statusCode(200)
                .extract().jsonPath(), "referralId", referralId);
    }

    /** The consult's first encounter is its initial consult, every later one a follow-up. */
    @Override
    protected ValidatableResponse recordVisit(ReferralSubmitted referral, UUID visitId, Instant startedAt) {
        String consultId = awaitConsultOf(referral);
        String status = given().get("/api/consults/{id}", consultId).then().statusCode(200).extract().path("status");
        return given().contentType(ContentType.JSON)
                .body(encounter(visitId, status.equals("REQUESTED") ? "INITIAL_CONSULT" : "FOLLOW_UP", startedAt))
                .post("/api/consults/{id}/encounters", consultId).then();
    }

    @Test
    void aReferralRoutedToTheHospitalOpensAConsultForTheTeamToTriage() {
        ReferralSubmitted referral = referral(CareSetting.INPATIENT);
        kafka().publish(GATEWAY, referral);

        String consultId = awaitConsultOf(referral);

        given().get("/api/consults/{id}", consultId).then().statusCode(200)
                .body("patientId", equalTo(referral.patientId().toString()))
                .body("reason", equalTo(referral.reason()))
                .body("requestingClinician", equalTo(referral.referrer().clinician()))
                .body("lifecycle.status", equalTo("RECEIVED"))
                .body("lifecycle.referralId", equalTo(referral.referralId().toString()));
        given().queryParam("referralStatus", "RECEIVED").get("/api/consults").then().statusCode(200)
                .body("find { it.id == '" + consultId + "' }.lifecycle.status", equalTo("RECEIVED"));
        given().queryParam("referralStatus", "ACCEPTED").get("/api/consults").then().statusCode(200)
                .body("find { it.id == '" + consultId + "' }", nullValue());
    }

    /**
     * The marker is a later referral of the same patient: same key, same partition, so once it is
     * applied the redelivery before it has been too, and its acknowledgements follow any others.
     */
    @Test
    void aRedeliveredReferralOpensNoSecondConsult() {
        ReferralSubmitted referral = referral(CareSetting.INPATIENT, UUID.randomUUID());
        CloudEventAttributes attributes = kafka().publish(GATEWAY, referral);
        awaitConsultOf(referral);

        kafka().publish(attributes, referral);
        ReferralSubmitted marker = acceptedMarker(referral);

        assertThat(consultsOf(referral)).hasSize(1);
        List<KafkaEvents.Received> acknowledgements = acknowledgementsUntilAccepted(marker);
        assertThat(acknowledgements).filteredOn(received -> isAbout(received, referral)).hasSize(1);
    }

    @Test
    void aReferralForAnotherSettingIsLeftToThatSetting() {
        ReferralSubmitted forTheClinic = referral(CareSetting.OUTPATIENT, UUID.randomUUID());
        kafka().publish(GATEWAY, forTheClinic);
        ReferralSubmitted marker = acceptedMarker(forTheClinic);

        assertThat(consultsOf(forTheClinic)).isEmpty();
        assertThat(acknowledgementsUntilAccepted(marker)).noneMatch(received -> isAbout(received, forTheClinic));
    }

    @Test
    void anEncounterIsRecordedOnceAndPublishedAsACompletedVisit() {
        ReferralSubmitted referral = accepted();
        String consultId = awaitConsultOf(referral);
        UUID encounterId = UUID.randomUUID();
        Instant started = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> encounter = Map.of("id", encounterId, "kind", "INITIAL_CONSULT",
                "clinician", "Dr. Balfour Mount", "discipline", "PHYSICIAN",
                "startedAt", started.toString(), "endedAt", started.plusSeconds(2700).toString(),
                "notes", "Goals of care discussed with patient and daughter.");

        given().contentType(ContentType.JSON).body(encounter)
                .post("/api/consults/{id}/encounters", consultId)
                .then().statusCode(201)
                .header("Location", endsWith("/api/encounters/" + encounterId))
                .body("encounterClass", equalTo("IMP"));
        given().contentType(ContentType.JSON).body(encounter)
                .post("/api/consults/{id}/encounters", consultId)
                .then().statusCode(200).body("id", equalTo(encounterId.toString()));

        given().get("/api/consults/{id}", consultId).then().body("lifecycle.status", equalTo("IN_CARE"));
        given().get("/api/consults/{id}/encounters", consultId).then().body("$", hasSize(1));
        UUID followUpId = UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(Map.of("id", followUpId, "kind", "FOLLOW_UP", "clinician", "Nurse Jane Doe", "discipline", "NURSE",
                        "startedAt", started.plusSeconds(3600).toString(), "endedAt", started.plusSeconds(4500).toString()))
                .post("/api/consults/{id}/encounters", consultId)
                .then().statusCode(201);
        given().get("/api/consults/{id}", consultId).then().body("lifecycle.firstVisit.visitId", equalTo(encounterId.toString()));
        List<KafkaEvents.Received> visits = kafka().read(Topic.VISIT_EVENTS,
                received -> received.key().equals(referral.patientId().toString()),
                found -> found.stream().anyMatch(received -> ((VisitCompleted) received.event()).visitId().equals(followUpId)),
                PATIENCE);
        assertThat(visits).extracting(received -> ((VisitCompleted) received.event()).visitId())
                .containsExactly(encounterId, followUpId);
        KafkaEvents.Received published = visits.getFirst();
        VisitCompleted visit = (VisitCompleted) published.event();
        assertThat(visit.patientId()).isEqualTo(referral.patientId());
        assertThat(visit.encounterClass()).isEqualTo("IMP");
        assertThat(visit.discipline()).isEqualTo(Discipline.PHYSICIAN);
        assertThat(visit.startedAt()).isEqualTo(started);
        assertThat(published.attributes().time()).isEqualTo(started);
        assertThat(published.key()).isEqualTo(referral.patientId().toString());
    }

    /**
     * The marker, a later consult of the same patient, bounds the reads: the encounter recorded on
     * it, and its acceptance, are published after anything the cancelled consult published.
     */
    @Test
    void aCancelledReferralCancelsItsConsultWhichThenTakesNoNewEncounterAndNothingIsPublished() {
        ReferralSubmitted referral = accepted();
        String consultId = awaitConsultOf(referral);
        Instant started = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        UUID seenId = UUID.randomUUID();
        Map<String, Object> seen = encounter(seenId, "INITIAL_CONSULT", started);
        given().contentType(ContentType.JSON).body(seen)
                .post("/api/consults/{id}/encounters", consultId)
                .then().statusCode(201);
        ReferralCancelled cancellation = cancellation(referral);

        kafka().publish(GATEWAY, cancellation);

        await().atMost(PATIENCE).until(() -> given().get("/api/consults/{id}", consultId).then().extract()
                .path("lifecycle.status"), "CANCELLED"::equals);
        given().get("/api/consults/{id}", consultId).then().statusCode(200)
                .body("lifecycle.cancelled.reason", equalTo(cancellation.reason()))
                .body("lifecycle.cancelled.at", equalTo(cancellation.cancelledAt().toString()))
                .body("reason", equalTo(referral.reason()));
        UUID refusedId = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(encounter(refusedId, "FOLLOW_UP", started.plusSeconds(3600)))
                .post("/api/consults/{id}/encounters", consultId)
                .then().statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Referral not open for visits"))
                .body("detail", equalTo("The referral is CANCELLED: it takes no more visits"));
        given().contentType(ContentType.JSON).body(seen)
                .post("/api/consults/{id}/encounters", consultId)
                .then().statusCode(200).body("id", equalTo(seenId.toString()));
        given().get("/api/encounters/{id}", refusedId).then().statusCode(404);
        given().get("/api/consults/{id}/encounters", consultId).then().body("$", hasSize(1));
        given().queryParam("referralStatus", "CANCELLED").get("/api/consults").then().statusCode(200)
                .body("find { it.id == '" + consultId + "' }.lifecycle.status", equalTo("CANCELLED"));

        ReferralSubmitted marker = acceptedMarker(referral);
        UUID markerId = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(encounter(markerId, "INITIAL_CONSULT", started.plusSeconds(7200)))
                .post("/api/consults/{id}/encounters", awaitConsultOf(marker))
                .then().statusCode(201);
        List<KafkaEvents.Received> visits = kafka().read(Topic.VISIT_EVENTS,
                received -> received.key().equals(referral.patientId().toString()),
                found -> found.stream().anyMatch(received -> ((VisitCompleted) received.event()).visitId().equals(markerId)),
                PATIENCE);
        assertThat(visits).extracting(received -> ((VisitCompleted) received.event()).visitId())
                .containsExactly(seenId, markerId);
        assertThat(publishedUntilAccepted(marker)).filteredOn(received -> isAbout(received, referral))
                .extracting(received -> (Object) received.event().getClass())
                .containsExactly(ReferralReceived.class, ReferralAccepted.class, ConsultRequested.class,
                        ReferralFirstVisitCompleted.class);
    }

    @Test
    void aCancellationForAnotherSettingLeavesTheConsultAsItWas() {
        ReferralSubmitted referral = referral(CareSetting.INPATIENT);
        kafka().publish(GATEWAY, referral);
        String consultId = awaitConsultOf(referral);
        ReferralSubmitted forTheClinic = referral(CareSetting.OUTPATIENT, referral.patientId());
        kafka().publish(GATEWAY, forTheClinic);

        kafka().publish(GATEWAY, cancellation(forTheClinic));
        acceptedMarker(referral);

        given().get("/api/consults/{id}", consultId).then().statusCode(200)
                .body("lifecycle.status", equalTo("RECEIVED"))
                .body("lifecycle.cancelled", nullValue());
    }

    @Test
    void anInvalidEncounterIsRefusedWithEveryProblemNamed() {
        String consultId = awaitConsultOf(accepted());

        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "INITIAL_CONSULT", "clinician", " ", "startedAt", Instant.now().plusSeconds(3600).toString()))
                .post("/api/consults/{id}/encounters", consultId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.pointer", containsInAnyOrder("/clinician", "/discipline", "/endedAt", "/startedAt"));
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "BEDSIDE_CHAT", "clinician", "Dr. Mount", "discipline", "PHYSICIAN"))
                .post("/api/consults/{id}/encounters", consultId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].pointer", equalTo("/kind"));
        Instant started = Instant.now().minusSeconds(600);
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "FOLLOW_UP", "clinician", "Dr. Mount", "discipline", "PHYSICIAN",
                        "startedAt", started.toString(), "endedAt", started.minusSeconds(60).toString()))
                .post("/api/consults/{id}/encounters", consultId)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("endedAt is before startedAt"));

        given().get("/api/consults/{id}/encounters", consultId).then().body("$", hasSize(0));
    }

    @Test
    void anUnknownConsultIsNotFound() {
        Instant started = Instant.now().minusSeconds(600);
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "FOLLOW_UP", "clinician", "Dr. Mount", "discipline", "PHYSICIAN",
                        "startedAt", started.toString(), "endedAt", started.plusSeconds(60).toString()))
                .post("/api/consults/{id}/encounters", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/consults/{id}", UUID.randomUUID()).then().statusCode(404);
        given().get("/api/consults/not-a-uuid").then().statusCode(404);
    }

    private KafkaEvents kafka() {
        return new KafkaEvents(bootstrapServers);
    }

    private static ReferralSubmitted referral(CareSetting setting) {
        return referral(setting, UUID.randomUUID());
    }

    private static ReferralSubmitted referral(CareSetting setting, UUID patientId) {
        return SampleReferrals.submitted(setting, patientId, "Refractory dyspnoea");
    }

    private static ReferralCancelled cancellation(ReferralSubmitted referral) {
        return new ReferralCancelled(referral.referralId(), referral.patientId(), referral.setting(),
                "Transferred to another hospital", Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private static Map<String, Object> encounter(UUID encounterId, String kind, Instant started) {
        return Map.of("id", encounterId, "kind", kind, "clinician", "Dr. Balfour Mount", "discipline", "PHYSICIAN",
                "startedAt", started.toString(), "endedAt", started.plusSeconds(1800).toString());
    }

    private static List<String> consultsOf(ReferralSubmitted referral) {
        return given().queryParam("referralId", referral.referralId()).get("/api/consults").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
    }

    private static String awaitConsultOf(ReferralSubmitted referral) {
        return await().atMost(PATIENCE).until(() -> consultsOf(referral), ids -> !ids.isEmpty()).getFirst();
    }

    /**
     * A later referral of the patient that the team accepts now: its record key, and so its
     * partition, is the patient's, so once its consult exists the events published before it have
     * been consumed, and its acceptance follows on the topic whatever the service published before.
     */
    private ReferralSubmitted acceptedMarker(ReferralSubmitted earlier) {
        ReferralSubmitted marker = referral(CareSetting.INPATIENT, earlier.patientId());
        kafka().publish(GATEWAY, marker);
        awaitConsultOf(marker);
        step(marker, "acceptance", Map.of("clinician", "Dr. Marker")).statusCode(200);
        return marker;
    }

    /** This service's acknowledgements of the patient's referrals, up to the acceptance of {@code last}. */
    private List<KafkaEvents.Received> acknowledgementsUntilAccepted(ReferralSubmitted last) {
        return kafka().read(Topic.REFERRAL_EVENTS,
                received -> received.key().equals(last.patientId().toString())
                        && (received.event() instanceof ReferralReceived || received.event() instanceof ReferralAccepted),
                found -> found.stream().anyMatch(received -> received.event() instanceof ReferralAccepted && isAbout(received, last)),
                PATIENCE);
    }

    /** Everything this service published about the patient's referrals, up to its acceptance of {@code last}. */
    private List<KafkaEvents.Received> publishedUntilAccepted(ReferralSubmitted last) {
        return kafka().read(Topic.REFERRAL_EVENTS,
                received -> received.key().equals(last.patientId().toString())
                        && received.attributes().source().equals(INPATIENT_SERVICE),
                found -> found.stream().anyMatch(received -> received.event() instanceof ReferralAccepted && isAbout(received, last)),
                PATIENCE);
    }

    private static boolean isAbout(KafkaEvents.Received received, ReferralSubmitted referral) {
        return ((ReferralEvent) received.event()).referralId().equals(referral.referralId());
    }
}
