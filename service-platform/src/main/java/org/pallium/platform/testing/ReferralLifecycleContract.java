package org.pallium.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.ConsultRequested;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.ReferralConcluded;
import org.pallium.events.ReferralEvent;
import org.pallium.events.ReferralFirstVisitCompleted;
import org.pallium.events.ReferralOutcome;
import org.pallium.events.ReferralReceived;
import org.pallium.events.ReferralRejected;
import org.pallium.events.ReferralScheduled;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.ReferralTransferred;
import org.pallium.events.Topic;
import org.pallium.events.VisitCompleted;

/**
 * The referral lifecycle that every care service runs, checked against a service as it runs, on
 * a real database and broker: its team triages what the gateway routes to it, and each step is
 * published once, however often a request is retried. A care service's {@code @QuarkusTest}
 * extends this and says how its own records and visits are reached.
 */
public abstract class ReferralLifecycleContract {

    private static final URI GATEWAY = URI.create("/pallium/referral-gateway");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CLINICIAN = "Dr. Balfour Mount";

    /** The setting of the service under test. */
    protected abstract CareSetting setting();

    /** The lifecycle that the service's own record of the referral shows, or null while it has none. */
    protected abstract Map<String, Object> lifecycleOf(UUID referralId);

    /** Records a visit or encounter of the referral's patient through the service's API. */
    protected abstract ValidatableResponse recordVisit(ReferralSubmitted referral, UUID visitId, Instant startedAt);

    @Test
    void aReferralIsReceivedAndWaitsForTheTeamToAcceptOrRejectIt() {
        ReferralSubmitted referral = received();

        assertThat(lifecycleOf(referral.referralId())).containsEntry("status", "RECEIVED");
        List<KafkaEvents.Received> published = publishedAbout(referral);
        assertThat(published).extracting(received -> (Object) received.event().getClass())
                .containsExactly(ReferralReceived.class);
        KafkaEvents.Received receipt = published.getFirst();
        assertThat(receipt.key()).isEqualTo(referral.patientId().toString());
        assertThat(receipt.attributes().source()).isEqualTo(source());
        assertThat(((ReferralEvent) receipt.event()).setting()).isEqualTo(setting());
    }

    @Test
    void anAcceptanceIsPublishedOnceHoweverOftenItIsSent() {
        ReferralSubmitted referral = received();

        String acceptedAt = step(referral, "acceptance", Map.of("clinician", CLINICIAN)).statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("accepted.by", equalTo(CLINICIAN))
                .extract().path("accepted.at");
        step(referral, "acceptance", Map.of("clinician", "Dr. Someone Else")).statusCode(200)
                .body("accepted.at", equalTo(acceptedAt))
                .body("accepted.by", equalTo(CLINICIAN));

        assertThat(lifecycleOf(referral.referralId())).containsEntry("status", "ACCEPTED");
        assertThat(eventsAbout(referral)).hasExactlyElementsOfTypes(ReferralReceived.class, ReferralAccepted.class);
    }

    @Test
    void aRejectionEndsTheReferralWithItsReason() {
        ReferralSubmitted referral = received();
        Map<String, String> rejection = Map.of("clinician", CLINICIAN, "reason", "Needs are met by the primary team");

        step(referral, "rejection", rejection).statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejected.reason", equalTo("Needs are met by the primary team"))
                .body("rejected.by", equalTo(CLINICIAN));
        step(referral, "rejection", rejection).statusCode(200).body("status", equalTo("REJECTED"));
        step(referral, "acceptance", Map.of("clinician", CLINICIAN)).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("The referral is REJECTED: it cannot be accepted"));
        recordVisit(referral, UUID.randomUUID(), Instant.now().minusSeconds(600)).statusCode(422);

        List<ReferralEvent> events = eventsAbout(referral);
        assertThat(events).hasExactlyElementsOfTypes(ReferralReceived.class, ReferralRejected.class);
        ReferralRejected rejected = (ReferralRejected) events.getLast();
        assertThat(rejected.reason()).isEqualTo("Needs are met by the primary team");
        assertThat(rejected.rejectedBy()).isEqualTo(CLINICIAN);
    }

    @Test
    void theFirstVisitIsBookedOnce() {
        ReferralSubmitted referral = accepted();
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        Map<String, String> booking = Map.of("clinician", "Coordinator Ida Orloff", "firstVisitAt", tomorrow.toString());

        step(referral, "schedule", booking).statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .body("scheduled.firstVisitAt", equalTo(tomorrow.toString()))
                .body("scheduled.by", equalTo("Coordinator Ida Orloff"));
        step(referral, "schedule", booking).statusCode(200).body("status", equalTo("SCHEDULED"));
        step(referral, "schedule", Map.of("clinician", CLINICIAN, "firstVisitAt", tomorrow.plusSeconds(3600).toString()))
                .statusCode(409).contentType("application/problem+json");

        List<ReferralEvent> events = eventsAbout(referral);
        assertThat(events).hasExactlyElementsOfTypes(ReferralReceived.class, ReferralAccepted.class, ReferralScheduled.class);
        assertThat(((ReferralScheduled) events.getLast()).firstVisitAt()).isEqualTo(tomorrow);
    }

    @Test
    void onlyTheFirstVisitIsAnnouncedAsTheReferralsFirstVisit() {
        ReferralSubmitted referral = accepted();
        Instant firstStarted = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        recordVisit(referral, first, firstStarted).statusCode(201);
        recordVisit(referral, second, firstStarted.plus(2, ChronoUnit.HOURS)).statusCode(201);
        recordVisit(referral, first, firstStarted).statusCode(200);

        Map<String, Object> lifecycle = lifecycleOf(referral.referralId());
        assertThat(lifecycle).containsEntry("status", "IN_CARE")
                .containsEntry("firstVisit", Map.of("visitId", first.toString(), "startedAt", firstStarted.toString()));
        List<ReferralEvent> events = eventsAbout(referral);
        assertThat(events).hasExactlyElementsOfTypes(ReferralReceived.class, ReferralAccepted.class,
                ReferralFirstVisitCompleted.class);
        ReferralFirstVisitCompleted firstVisit = (ReferralFirstVisitCompleted) events.getLast();
        assertThat(firstVisit.visitId()).isEqualTo(first);
        assertThat(firstVisit.visitStartedAt()).isEqualTo(firstStarted);
        assertThat(visitsPublishedFor(referral, second)).containsExactly(first, second);
    }

    @Test
    void aConclusionEndsTheCareWithItsOutcomeOnce() {
        ReferralSubmitted referral = accepted();
        Map<String, String> completion = Map.of("clinician", CLINICIAN, "outcome", "COMPLETED",
                "reason", "Symptoms controlled; handed back to the primary team");
        step(referral, "conclusion", completion).statusCode(409)
                .body("detail", equalTo("The referral is ACCEPTED: it cannot be concluded as COMPLETED before its first visit"));
        Instant started = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        recordVisit(referral, UUID.randomUUID(), started).statusCode(201);

        step(referral, "conclusion", completion).statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("concluded.outcome", equalTo("COMPLETED"))
                .body("concluded.by", equalTo(CLINICIAN))
                .body("concluded.reason", equalTo("Symptoms controlled; handed back to the primary team"));
        step(referral, "conclusion", completion).statusCode(200).body("status", equalTo("COMPLETED"));
        step(referral, "conclusion", Map.of("clinician", CLINICIAN, "outcome", "CLOSED", "reason", "Changed my mind"))
                .statusCode(409).body("detail", equalTo("The referral is COMPLETED: it cannot be closed"));
        recordVisit(referral, UUID.randomUUID(), started.plusSeconds(1800)).statusCode(422);

        List<ReferralEvent> events = eventsAbout(referral);
        assertThat(events).hasExactlyElementsOfTypes(ReferralReceived.class, ReferralAccepted.class,
                ReferralFirstVisitCompleted.class, ReferralConcluded.class);
        ReferralConcluded concluded = (ReferralConcluded) events.getLast();
        assertThat(concluded.outcome()).isEqualTo(ReferralOutcome.COMPLETED);
        assertThat(concluded.reason()).isEqualTo("Symptoms controlled; handed back to the primary team");
    }

    @Test
    void aTransferNamesItsNewReferralOnceHoweverOftenItIsSent() {
        ReferralSubmitted referral = accepted();
        CareSetting elsewhere = setting() == CareSetting.HOME ? CareSetting.INPATIENT : CareSetting.HOME;
        Map<String, String> transfer = Map.of("clinician", CLINICIAN, "toSetting", elsewhere.name(),
                "reason", "Care continues in another setting");

        step(referral, "transfer", Map.of("clinician", CLINICIAN, "toSetting", setting().name(), "reason", "Stay"))
                .statusCode(422).contentType("application/problem+json");
        String newReferralId = step(referral, "transfer", transfer).statusCode(200)
                .body("status", equalTo("TRANSFERRED"))
                .body("transferred.toSetting", equalTo(elsewhere.name()))
                .body("transferred.reason", equalTo("Care continues in another setting"))
                .extract().path("transferred.newReferralId");
        step(referral, "transfer", transfer).statusCode(200).body("transferred.newReferralId", equalTo(newReferralId));
        step(referral, "schedule", Map.of("clinician", CLINICIAN, "firstVisitAt", Instant.now().toString()))
                .statusCode(409).body("detail", equalTo("The referral is TRANSFERRED: it cannot be scheduled"));

        List<ReferralEvent> events = eventsAbout(referral);
        assertThat(events).hasExactlyElementsOfTypes(ReferralReceived.class, ReferralAccepted.class,
                ReferralTransferred.class);
        ReferralTransferred transferred = (ReferralTransferred) events.getLast();
        assertThat(transferred.newReferralId()).isEqualTo(UUID.fromString(newReferralId)).isNotEqualTo(referral.referralId());
        assertThat(transferred.setting()).isEqualTo(setting());
        assertThat(transferred.toSetting()).isEqualTo(elsewhere);
        assertThat(transferred.transferredBy()).isEqualTo(CLINICIAN);
    }

    @Test
    void aStepTheStatusDoesNotAllowIsAConflictThatNamesTheStatus() {
        ReferralSubmitted referral = received();

        step(referral, "schedule", Map.of("clinician", CLINICIAN, "firstVisitAt", Instant.now().toString()))
                .statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("The referral is RECEIVED: it cannot be scheduled"));
        step(referral, "conclusion", Map.of("clinician", CLINICIAN, "outcome", "CLOSED", "reason", "Declined"))
                .statusCode(409).body("detail", equalTo("The referral is RECEIVED: it cannot be closed"));
        step(referral, "acceptance", Map.of("clinician", CLINICIAN)).statusCode(200);
        step(referral, "rejection", Map.of("clinician", CLINICIAN, "reason", "Too late"))
                .statusCode(409).body("detail", equalTo("The referral is ACCEPTED: it cannot be rejected"));

        assertThat(lifecycleOf(referral.referralId())).containsEntry("status", "ACCEPTED").doesNotContainKey("rejected");
        assertThat(eventsAbout(referral)).hasExactlyElementsOfTypes(ReferralReceived.class, ReferralAccepted.class);
    }

    @Test
    void anUnknownReferralIsNotFoundAndABadStepIsRefusedWithEveryProblemNamed() {
        given().contentType(ContentType.JSON).body(Map.of("clinician", CLINICIAN))
                .post("/api/referrals/{id}/acceptance", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        ReferralSubmitted referral = received();

        step(referral, "transfer", Map.of("clinician", " ", "toSetting", "HOSPICE")).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.pointer", containsInAnyOrder("/toSetting"));
        step(referral, "conclusion", Map.of("clinician", " ")).statusCode(400)
                .body("violations.pointer", containsInAnyOrder("/clinician", "/outcome", "/reason"));

        assertThat(lifecycleOf(referral.referralId())).containsEntry("status", "RECEIVED");
    }

    @Test
    void visitsWaitForTheTeamsAcceptance() {
        ReferralSubmitted referral = received();
        UUID refused = UUID.randomUUID();
        UUID recorded = UUID.randomUUID();
        Instant started = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        recordVisit(referral, refused, started).statusCode(422).contentType("application/problem+json");
        step(referral, "acceptance", Map.of("clinician", CLINICIAN)).statusCode(200);
        recordVisit(referral, recorded, started.plusSeconds(600)).statusCode(201);

        assertThat(visitsPublishedFor(referral, recorded)).containsExactly(recorded);
    }

    /** A referral the gateway routed to this service, once the service has recorded it. */
    protected ReferralSubmitted received() {
        return received(UUID.randomUUID());
    }

    /** A referral of the patient that the service has recorded and its team accepted. */
    protected ReferralSubmitted accepted() {
        ReferralSubmitted referral = received();
        step(referral, "acceptance", Map.of("clinician", CLINICIAN)).statusCode(200);
        return referral;
    }

    private ReferralSubmitted received(UUID patientId) {
        ReferralSubmitted referral = SampleReferrals.submitted(setting(), patientId, "Symptom burden in advanced illness");
        kafka().publish(GATEWAY, referral);
        await().atMost(PATIENCE).until(() -> lifecycleOf(referral.referralId()), Objects::nonNull);
        return referral;
    }

    /** Takes a step of the lifecycle, as the team's client does. */
    protected static ValidatableResponse step(ReferralSubmitted referral, String step, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/referrals/{id}/" + step, referral.referralId()).then();
    }

    /** What the service published about the referral, in order. */
    /**
     * The lifecycle's events about the referral. What a setting announces beside them on the same
     * topic, such as the hospital team's consult, is for that setting's own tests.
     */
    private List<ReferralEvent> eventsAbout(ReferralSubmitted referral) {
        return publishedAbout(referral).stream().map(received -> (ReferralEvent) received.event())
                .filter(event -> !(event instanceof ConsultRequested)).toList();
    }

    /**
     * Everything the service published about the referral. The marker, a later referral of the same
     * patient that the team accepts now, bounds the read: the service publishes a patient's events in
     * the order it committed them, all on the patient's partition, so they all come before it.
     */
    private List<KafkaEvents.Received> publishedAbout(ReferralSubmitted referral) {
        ReferralSubmitted marker = received(referral.patientId());
        step(marker, "acceptance", Map.of("clinician", CLINICIAN)).statusCode(200);
        List<KafkaEvents.Received> published = kafka().read(Topic.REFERRAL_EVENTS,
                received -> received.key().equals(referral.patientId().toString())
                        && received.attributes().source().equals(source()),
                found -> found.stream().anyMatch(received -> received.event() instanceof ReferralAccepted accepted
                        && accepted.referralId().equals(marker.referralId())),
                PATIENCE);
        assertThat(published).as("the marker's acceptance").isNotEmpty();
        return published.stream()
                .filter(received -> ((ReferralEvent) received.event()).referralId().equals(referral.referralId()))
                .toList();
    }

    /** The ids of the visits published for the referral's patient, in order, up to {@code last}. */
    private List<UUID> visitsPublishedFor(ReferralSubmitted referral, UUID last) {
        return kafka().read(Topic.VISIT_EVENTS,
                        received -> received.key().equals(referral.patientId().toString()),
                        found -> found.stream().anyMatch(received -> ((VisitCompleted) received.event()).visitId().equals(last)),
                        PATIENCE)
                .stream().map(received -> ((VisitCompleted) received.event()).visitId()).toList();
    }

    private static KafkaEvents kafka() {
        return new KafkaEvents(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    private static URI source() {
        return ConfigProvider.getConfig().getValue("pallium.events.source", URI.class);
    }

    /** A JSON body's path, for the services' {@link #lifecycleOf} that pick a record out of a list. */
    protected static Map<String, Object> lifecycleIn(JsonPath records, String referralIdField, UUID referralId) {
        return records.getMap("find { it." + referralIdField + " == '" + referralId + "' }.lifecycle");
    }
}
