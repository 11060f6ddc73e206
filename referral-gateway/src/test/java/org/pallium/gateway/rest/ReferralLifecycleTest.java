package org.pallium.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.Coding;
import org.pallium.events.ConsultRequested;
import org.pallium.events.CoverageType;
import org.pallium.events.Diagnosis;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.ReferralConcluded;
import org.pallium.events.ReferralFirstVisitCompleted;
import org.pallium.events.ReferralOutcome;
import org.pallium.events.ReferralReceived;
import org.pallium.events.ReferralRejected;
import org.pallium.events.ReferralScheduled;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.ReferralTransferred;
import org.pallium.events.Referrer;
import org.pallium.events.Topic;
import org.pallium.events.Urgency;
import org.pallium.gateway.repository.TimelineEntry;
import org.pallium.platform.outbox.OutboxRelay;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.TestTokens;

/**
 * The gateway follows each referral through the steps its setting reports, in order whatever order
 * they arrive in, and keeps the chain of a transfer to another setting.
 */
@QuarkusTest
class ReferralLifecycleTest {

    private static final URI INPATIENT_SERVICE = URI.create("/pallium/inpatient-service");
    private static final URI HOME_SERVICE = URI.create("/pallium/home-visit-service");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    EntityManager entityManager;
    @Inject
    OutboxRelay relay;

    @Test
    void theStatusFollowsEachStepWithWhoAndWhyAndAStepReportedLateNeverMovesItBack() {
        Referral referral = submit("HOME");
        Instant received = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant firstVisitAt = received.plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        Instant visited = firstVisitAt.plus(10, ChronoUnit.MINUTES);
        kafka().publish(HOME_SERVICE, new ReferralReceived(referral.id(), referral.patientId(), CareSetting.HOME, received));
        kafka().publish(HOME_SERVICE, new ReferralAccepted(referral.id(), referral.patientId(), CareSetting.HOME,
                received.plusSeconds(60)));
        kafka().publish(HOME_SERVICE, new ReferralScheduled(referral.id(), referral.patientId(), CareSetting.HOME,
                firstVisitAt, "Coordinator Ida Orloff", received.plusSeconds(120)));
        kafka().publish(HOME_SERVICE, new ReferralReceived(referral.id(), referral.patientId(), CareSetting.HOME,
                received.plusSeconds(180)));
        awaitSettled(referral);
        assertThat(statusOf(referral)).isEqualTo("SCHEDULED");

        kafka().publish(HOME_SERVICE, new ReferralFirstVisitCompleted(referral.id(), referral.patientId(), CareSetting.HOME,
                UUID.randomUUID(), visited));
        kafka().publish(HOME_SERVICE, new ReferralConcluded(referral.id(), referral.patientId(), CareSetting.HOME,
                ReferralOutcome.COMPLETED, "Symptoms controlled; back to the GP", "Dr. Kathleen Foley",
                visited.plus(30, ChronoUnit.DAYS)));
        kafka().publish(HOME_SERVICE, new ReferralAccepted(referral.id(), referral.patientId(), CareSetting.HOME,
                visited.plus(31, ChronoUnit.DAYS)));
        awaitSettled(referral);

        JsonPath followed = given().get("/api/referrals/{id}", referral.id()).then().statusCode(200).extract().jsonPath();
        assertThat(followed.getString("status")).isEqualTo("COMPLETED");
        assertThat(followed.getList("history.status", String.class)).containsExactly("REQUESTED", "RECEIVED", "ACCEPTED",
                "SCHEDULED", "FIRST_VISIT_COMPLETED", "COMPLETED");
        assertThat(followed.getList("history.by", String.class)).containsExactly("Dr. Cicely Saunders",
                HOME_SERVICE.toString(), HOME_SERVICE.toString(), "Coordinator Ida Orloff", HOME_SERVICE.toString(),
                "Dr. Kathleen Foley");
        assertThat(Instant.parse(followed.getString("history[3].firstVisitAt"))).isEqualTo(firstVisitAt);
        assertThat(Instant.parse(followed.getString("history[4].at"))).isEqualTo(visited);
        assertThat(followed.getString("history[5].reason")).isEqualTo("Symptoms controlled; back to the GP");
        assertThat(followed.getList("history.reason")).filteredOn(reason -> reason != null).hasSize(1);
    }

    @Test
    void aRejectionIsFinalKeepsItsReasonAndLeavesNothingToCancel() {
        Referral referral = submit("INPATIENT");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        kafka().publish(INPATIENT_SERVICE, new ReferralReceived(referral.id(), referral.patientId(), CareSetting.INPATIENT, now));
        kafka().publish(INPATIENT_SERVICE, new ReferralRejected(referral.id(), referral.patientId(), CareSetting.INPATIENT,
                "Needs are met by the ward team", "Dr. Balfour Mount", now.plusSeconds(60)));
        kafka().publish(INPATIENT_SERVICE, new ReferralAccepted(referral.id(), referral.patientId(), CareSetting.INPATIENT,
                now.plusSeconds(120)));
        awaitSettled(referral);

        given().contentType(ContentType.JSON).body(Map.of("reason", "Sent in error"))
                .delete("/api/referrals/{id}", referral.id())
                .then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("history.status", equalTo(List.of("REQUESTED", "RECEIVED", "REJECTED")))
                .body("history[2].by", equalTo("Dr. Balfour Mount"))
                .body("history[2].reason", equalTo("Needs are met by the ward team"));
        assertThat(outboxCount("org.pallium.referral.cancelled.v1", "referralId", referral.id())).isZero();
    }

    @Test
    void aTransferOpensTheChainedReferralForTheOtherSettingAndSubmitsItOnceHoweverOftenItIsDelivered() {
        Referral hospital = submit("INPATIENT");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        kafka().publish(INPATIENT_SERVICE, new ReferralReceived(hospital.id(), hospital.patientId(), CareSetting.INPATIENT, now));
        kafka().publish(INPATIENT_SERVICE, new ReferralAccepted(hospital.id(), hospital.patientId(), CareSetting.INPATIENT,
                now.plusSeconds(60)));
        ReferralTransferred transfer = new ReferralTransferred(hospital.id(), hospital.patientId(), CareSetting.INPATIENT,
                CareSetting.HOME, UUID.randomUUID(), "Discharged home; wishes to die at home", "Dr. Balfour Mount",
                now.plus(3, ChronoUnit.DAYS));

        CloudEventAttributes delivered = kafka().publish(INPATIENT_SERVICE, transfer);
        kafka().publish(delivered, transfer);
        kafka().publish(INPATIENT_SERVICE, transfer);
        awaitSettled(hospital);

        UUID homeId = transfer.newReferralId();
        given().get("/api/referrals/{id}", hospital.id()).then().statusCode(200)
                .body("status", equalTo("TRANSFERRED"))
                .body("transferredTo", equalTo(homeId.toString()))
                .body("history[-1].status", equalTo("TRANSFERRED"))
                .body("history[-1].by", equalTo("Dr. Balfour Mount"))
                .body("history[-1].reason", equalTo("Discharged home; wishes to die at home"));
        JsonPath home = given().get("/api/referrals/{id}", homeId).then().statusCode(200).extract().jsonPath();
        assertThat(home.getString("status")).isEqualTo("REQUESTED");
        assertThat(home.getString("setting")).isEqualTo("HOME");
        assertThat(home.getString("routedBecause")).isEqualTo("TRANSFERRED_FROM_SETTING");
        assertThat(home.getString("transferredFrom")).isEqualTo(hospital.id().toString());
        assertThat(home.getString("patientId")).isEqualTo(hospital.patientId().toString());
        assertThat(home.getString("referrer.clinician")).isEqualTo("Dr. Balfour Mount");
        assertThat(home.getString("referrer.organisation")).isEqualTo("Pallium inpatient palliative care team");
        assertThat(home.getString("reason")).isEqualTo("Discharged home; wishes to die at home");
        assertThat(home.getString("diagnosis.text")).isEqualTo("Metastatic breast cancer");
        assertThat(home.getList("history.status", String.class)).containsExactly("REQUESTED");
        assertThat(home.getString("history[0].reason")).isEqualTo("Discharged home; wishes to die at home");
        assertThat(given().get("/api/referrals?patientId={p}&setting=HOME", hospital.patientId()).then().extract()
                .jsonPath().getList("referrals.referralId", String.class)).containsExactly(homeId.toString());

        await().atMost(PATIENCE).until(() -> relay.backlog() == 0);
        assertThat(outboxCount("org.pallium.referral.submitted.v2", "referralId", homeId)).isEqualTo(1);
        List<KafkaEvents.Received> handOffs = kafka().read(Topic.REFERRAL_EVENTS,
                received -> received.event() instanceof ReferralSubmitted submitted && submitted.referralId().equals(homeId),
                found -> found.size() > 1, Duration.ofSeconds(3));
        assertThat(handOffs).hasSize(1);
        ReferralSubmitted handOff = (ReferralSubmitted) handOffs.getFirst().event();
        assertThat(handOffs.getFirst().key()).isEqualTo(hospital.patientId().toString());
        assertThat(handOffs.getFirst().attributes().source()).isEqualTo(URI.create("/pallium/referral-gateway"));
        assertThat(handOff.setting()).isEqualTo(CareSetting.HOME);
        assertThat(handOff.patient().identifier().value()).isEqualTo(hospital.mrn());
        assertThat(handOff.patient().name()).isEqualTo("Ada Lovelace");
        assertThat(handOff.patient().address().city()).isEqualTo("Springfield");
        assertThat(handOff.diagnosis().text()).isEqualTo("Metastatic breast cancer");
        assertThat(handOff.symptoms()).containsExactly("pain", "breathlessness");
        assertThat(handOff.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(handOff.goalsOfCare()).isEqualTo("Comfort; to stay at home as long as possible");
        assertThat(handOff.coverage().type()).isEqualTo(CoverageType.MEDICARE);
        assertThat(handOff.attachments()).extracting(attachment -> attachment.title()).containsExactly("Oncology letter");
        assertThat(handOff.referrer().clinician()).isEqualTo("Dr. Balfour Mount");
        assertThat(handOff.reason()).isEqualTo("Discharged home; wishes to die at home");
        assertThat(handOff.submittedAt()).isEqualTo(transfer.transferredAt());

        given().contentType(ContentType.JSON).body(Map.of("reason", "Moved away"))
                .delete("/api/referrals/{id}", hospital.id())
                .then().statusCode(200).body("status", equalTo("TRANSFERRED"));
        assertThat(outboxCount("org.pallium.referral.cancelled.v1", "referralId", hospital.id())).isZero();
        given().contentType(ContentType.JSON).body(Map.of("reason", "Moved away"))
                .delete("/api/referrals/{id}", homeId)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        await().atMost(PATIENCE).until(() -> given().get("/api/patients/{id}/timeline", hospital.patientId()).then()
                        .extract().jsonPath().getList("entries.title", String.class),
                titles -> titles.containsAll(List.of("Transferred from the inpatient team to the home team",
                        "Referred to home palliative care, urgent")));
    }

    @Test
    void aTransferOfAReferralItsReferrerCancelledMeanwhileOpensNothing() {
        Referral referral = submit("INPATIENT");
        given().contentType(ContentType.JSON).body(Map.of("reason", "Family declined palliative care"))
                .delete("/api/referrals/{id}", referral.id()).then().statusCode(200);
        ReferralTransferred transfer = new ReferralTransferred(referral.id(), referral.patientId(), CareSetting.INPATIENT,
                CareSetting.OUTPATIENT, UUID.randomUUID(), "Follow-up at the clinic", "Dr. Balfour Mount", Instant.now());

        kafka().publish(INPATIENT_SERVICE, transfer);
        awaitSettled(referral);

        given().get("/api/referrals/{id}", referral.id()).then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("history.status", equalTo(List.of("REQUESTED", "CANCELLED")));
        given().get("/api/referrals/{id}", transfer.newReferralId()).then().statusCode(404);
        assertThat(outboxCount("org.pallium.referral.submitted.v2", "referralId", transfer.newReferralId())).isZero();
    }

    /**
     * A referral taken in before Pallium kept referrals whole has no context to hand on: its
     * transfer opens the new referral, and hands nothing to the other setting.
     */
    @Test
    void aTransferOfAReferralTakenInBeforeReferralsWereKeptWholeOpensTheNewReferralWithoutAHandOff() {
        Referral old = submit("INPATIENT");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE referral SET details = NULL WHERE id = ?1").setParameter(1, old.id()).executeUpdate());
        ReferralTransferred transfer = new ReferralTransferred(old.id(), old.patientId(), CareSetting.INPATIENT,
                CareSetting.OUTPATIENT, UUID.randomUUID(), "Follow-up at the clinic", "Dr. Balfour Mount", Instant.now());

        kafka().publish(INPATIENT_SERVICE, transfer);
        awaitSettled(old);

        given().get("/api/referrals/{id}", old.id()).then().body("status", equalTo("TRANSFERRED"));
        given().get("/api/referrals/{id}", transfer.newReferralId()).then().statusCode(200)
                .body("status", equalTo("REQUESTED"))
                .body("transferredFrom", equalTo(old.id().toString()));
        assertThat(outboxCount("org.pallium.referral.submitted.v2", "referralId", transfer.newReferralId())).isZero();
    }

    @Test
    void aConsultTheHospitalTeamTookOnFromARoutedReferralAcceptsIt() {
        Referral referral = submit("INPATIENT");
        Instant requested = Instant.now().truncatedTo(ChronoUnit.MICROS);
        kafka().publish(INPATIENT_SERVICE, consult(referral.id(), referral.patientId(), requested));
        awaitSettled(referral);

        given().get("/api/referrals/{id}", referral.id()).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("routedBecause", equalTo("REQUESTED_BY_REFERRER"))
                .body("reason", equalTo("Uncontrolled pain, metastatic breast cancer"))
                .body("history.status", equalTo(List.of("REQUESTED", "ACCEPTED")))
                .body("history[1].by", equalTo(INPATIENT_SERVICE.toString()));
    }

    @Test
    void aConsultRequestedInHospitalOpensItsReferralOnceAndItsTransferAtDischargeOpensTheOnwardReferral() {
        String mrn = "MRN-" + UUID.randomUUID();
        UUID patientId = UUID.fromString(given().contentType(ContentType.JSON)
                .body(ReferralResourceTest.patient("urn:oid:2.16.840.1.113883.19.5", mrn))
                .post("/api/patients").then().statusCode(201).extract().path("id"));
        Referral hospital = new Referral(UUID.randomUUID(), patientId, mrn);
        Instant requested = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        ConsultRequested consult = consult(hospital.id(), patientId, requested);

        CloudEventAttributes delivered = kafka().publish(INPATIENT_SERVICE, consult);
        kafka().publish(delivered, consult);
        kafka().publish(INPATIENT_SERVICE, consult);
        awaitSettled(hospital);

        JsonPath opened = given().get("/api/referrals/{id}", hospital.id()).then().statusCode(200).extract().jsonPath();
        assertThat(opened.getString("status")).isEqualTo("ACCEPTED");
        assertThat(opened.getString("setting")).isEqualTo("INPATIENT");
        assertThat(opened.getString("routedBecause")).isEqualTo("REQUESTED_IN_HOSPITAL");
        assertThat(opened.getString("patientId")).isEqualTo(patientId.toString());
        assertThat(opened.getString("reason")).isEqualTo("Pain crisis; the family asks about going home");
        assertThat(opened.getString("patient.name")).isEqualTo("Ada Lovelace");
        assertThat(opened.getString("patient.identifier.value")).isEqualTo(mrn);
        assertThat(opened.getString("diagnosis.text")).isEqualTo("Metastatic pancreatic cancer");
        assertThat(opened.getString("urgency")).isEqualTo("URGENT");
        assertThat(opened.getString("referrer.clinician")).isEqualTo("Dr. Henry Marsh");
        assertThat(opened.getString("referrer.organisation")).isEqualTo("Springfield General Hospital");
        assertThat(opened.getList("symptoms")).isEmpty();
        assertThat(opened.getList("attachments")).isEmpty();
        assertThat(opened.getString("coverage")).isNull();
        assertThat(opened.getString("goalsOfCare")).isNull();
        assertThat(Instant.parse(opened.getString("submittedAt"))).isEqualTo(requested);
        assertThat(opened.getList("history.status", String.class)).containsExactly("REQUESTED", "ACCEPTED");
        assertThat(opened.getList("history.by", String.class)).containsExactly("Dr. Henry Marsh",
                INPATIENT_SERVICE.toString());
        assertThat(Instant.parse(opened.getString("history[0].at"))).isEqualTo(requested);
        assertThat(Instant.parse(opened.getString("history[1].at"))).isEqualTo(consult.startedAt());
        assertThat(outboxCount("org.pallium.referral.submitted.v2", "referralId", hospital.id())).isZero();
        given().header("Authorization", "Bearer " + TestTokens.as("dr-ward", Roles.CLINICIAN,
                        Optional.of(CareSetting.INPATIENT)))
                .get("/api/patients/{id}/timeline", patientId).then().statusCode(200);

        ReferralTransferred transfer = new ReferralTransferred(hospital.id(), patientId, CareSetting.INPATIENT,
                CareSetting.HOME, UUID.randomUUID(), "Discharged home; wishes to die at home", "Dr. Ira Byock",
                requested.plus(2, ChronoUnit.DAYS));
        kafka().publish(INPATIENT_SERVICE, transfer);
        awaitSettled(hospital);

        given().get("/api/referrals/{id}", hospital.id()).then().statusCode(200)
                .body("status", equalTo("TRANSFERRED"))
                .body("transferredTo", equalTo(transfer.newReferralId().toString()));
        given().get("/api/referrals/{id}", transfer.newReferralId()).then().statusCode(200)
                .body("status", equalTo("REQUESTED"))
                .body("setting", equalTo("HOME"))
                .body("transferredFrom", equalTo(hospital.id().toString()));
        await().atMost(PATIENCE).until(() -> relay.backlog() == 0);
        List<KafkaEvents.Received> handOffs = kafka().read(Topic.REFERRAL_EVENTS,
                received -> received.event() instanceof ReferralSubmitted submitted
                        && submitted.referralId().equals(transfer.newReferralId()),
                found -> !found.isEmpty(), PATIENCE);
        ReferralSubmitted handOff = (ReferralSubmitted) handOffs.getFirst().event();
        assertThat(handOff.setting()).isEqualTo(CareSetting.HOME);
        assertThat(handOff.patient().identifier().value()).isEqualTo(mrn);
        assertThat(handOff.patient().address().city()).isEqualTo("Springfield");
        assertThat(handOff.diagnosis().text()).isEqualTo("Metastatic pancreatic cancer");
        assertThat(handOff.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(handOff.referrer()).isEqualTo(new Referrer("Dr. Ira Byock", "Pallium inpatient palliative care team"));
        assertThat(handOff.reason()).isEqualTo("Discharged home; wishes to die at home");
        assertThat(outboxCount("org.pallium.referral.submitted.v2", "referralId", transfer.newReferralId())).isEqualTo(1);
    }

    @Test
    void aConsultForAPatientTheGatewayDoesNotKnowOpensNothing() {
        UUID stranger = UUID.randomUUID();
        ConsultRequested consult = consult(UUID.randomUUID(), stranger, Instant.now());

        CloudEventAttributes delivered = kafka().publish(INPATIENT_SERVICE, consult);
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> TimelineEntry.findByIdOptional(delivered.id()).isPresent()));

        given().get("/api/referrals/{id}", consult.referralId()).then().statusCode(404);
        assertThat(given().get("/api/referrals?patientId={p}", stranger).then().statusCode(200).extract()
                .jsonPath().getList("referrals")).isEmpty();
    }

    /** A consult that Dr. Marsh of the ward asked the hospital team for, which they took on ten minutes later. */
    private static ConsultRequested consult(UUID referralId, UUID patientId, Instant requested) {
        return new ConsultRequested(UUID.randomUUID(), referralId, patientId,
                new Diagnosis(new Coding("http://hl7.org/fhir/sid/icd-10-cm", "C25.9", null), "Metastatic pancreatic cancer",
                        null, true),
                "5 West", "12", "oncology", new Referrer("Dr. Henry Marsh", "Springfield General Hospital"),
                "Pain crisis; the family asks about going home", Urgency.URGENT, requested,
                requested.plus(24, ChronoUnit.HOURS), requested.plus(10, ChronoUnit.MINUTES));
    }

    private record Referral(UUID id, UUID patientId, String mrn) {
    }

    private static Referral submit(String setting) {
        String mrn = "MRN-" + UUID.randomUUID();
        JsonPath submitted = given().contentType(ContentType.JSON).body(ReferralResourceTest.referral(mrn, setting))
                .post("/api/referrals").then().statusCode(201).extract().jsonPath();
        return new Referral(UUID.fromString(submitted.getString("referralId")),
                UUID.fromString(submitted.getString("patientId")), mrn);
    }

    /**
     * Waits until the gateway has consumed what was published about the referral's patient so far:
     * a marker event for another referral of the patient (same key, same partition) comes after it.
     */
    private void awaitSettled(Referral referral) {
        UUID marker = UUID.fromString(given().contentType(ContentType.JSON)
                .body(ReferralResourceTest.referral(referral.mrn(), "OUTPATIENT"))
                .post("/api/referrals").then().statusCode(201).extract().path("referralId"));
        kafka().publish(URI.create("/pallium/outpatient-service"),
                new ReferralReceived(marker, referral.patientId(), CareSetting.OUTPATIENT, Instant.now()));
        await().atMost(PATIENCE).until(() -> given().get("/api/referrals/{id}", marker).then().extract().path("status"),
                "RECEIVED"::equals);
    }

    private static String statusOf(Referral referral) {
        return given().get("/api/referrals/{id}", referral.id()).then().extract().path("status");
    }

    private long outboxCount(String type, String field, UUID value) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE event_type = ?1 AND payload ->> ?2 = ?3")
                .setParameter(1, type).setParameter(2, field).setParameter(3, value.toString())
                .getSingleResult()).longValue());
    }

    private KafkaEvents kafka() {
        return new KafkaEvents(bootstrapServers);
    }
}
