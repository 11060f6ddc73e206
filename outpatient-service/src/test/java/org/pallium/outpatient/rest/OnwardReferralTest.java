package org.pallium.outpatient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.OnwardReferralChanged;
import org.pallium.events.OnwardReferralStatus;
import org.pallium.events.OnwardService;
import org.pallium.platform.testing.LocalInfrastructureResource;

/** Referrals the clinic sends on, followed from sent to closed, forward only, each step published. */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "outpatient"))
class OnwardReferralTest {

    private static final String REASON = "Low mood and hopelessness beyond what the team can support";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    ReferredPatients patients;
    UUID patientId;
    Instant sentAt;

    @BeforeEach
    void referPatient() {
        patients = new ReferredPatients(bootstrapServers);
        patientId = patients.accepted();
        sentAt = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void aReferralIsFollowedFromSentToClosedAndEachStepIsPublished() {
        UUID referral = UUID.randomUUID();
        Instant appointment = sentAt.plus(10, ChronoUnit.DAYS);
        Instant scheduledAt = sentAt.plus(2, ChronoUnit.DAYS);
        Instant seenAt = appointment.plus(1, ChronoUnit.HOURS);

        send(referral(referral, "PSYCHIATRY")).statusCode(201)
                .header("Location", endsWith("/api/onward-referrals/" + referral))
                .body("status", equalTo("SENT"))
                .body("sentAt", equalTo(sentAt.toString()))
                .body("sentBy", equalTo("test-coordinator"));
        step(referral, Map.of("status", "SCHEDULED", "at", scheduledAt.toString(),
                "appointmentAt", appointment.toString())).statusCode(201)
                .body("status", equalTo("SCHEDULED"))
                .body("appointmentAt", equalTo(appointment.toString()));
        step(referral, Map.of("status", "SEEN", "at", seenAt.toString())).statusCode(201)
                .body("seenAt", equalTo(seenAt.toString()));
        step(referral, Map.of("status", "CLOSED")).statusCode(201)
                .body("status", equalTo("CLOSED"))
                .body("closureReason", nullValue());

        given().get("/api/onward-referrals/{id}", referral).then().statusCode(200)
                .body("service", equalTo("PSYCHIATRY"))
                .body("reason", equalTo(REASON))
                .body("steps.status", equalTo(List.of("SENT", "SCHEDULED", "SEEN", "CLOSED")))
                .body("steps.previousStatus", equalTo(Arrays.asList(null, "SENT", "SCHEDULED", "SEEN")))
                .body("steps[1].appointmentAt", equalTo(appointment.toString()));
        List<OnwardReferralChanged> published = patients.published(OnwardReferralChanged.class, patientId,
                changed -> changed.status() == OnwardReferralStatus.CLOSED);
        assertThat(published).extracting(OnwardReferralChanged::onwardReferralId, OnwardReferralChanged::service,
                        OnwardReferralChanged::status, OnwardReferralChanged::reason, OnwardReferralChanged::changedAt)
                .containsExactly(
                        tuple(referral, OnwardService.PSYCHIATRY, OnwardReferralStatus.SENT, REASON, sentAt),
                        tuple(referral, OnwardService.PSYCHIATRY, OnwardReferralStatus.SCHEDULED, REASON, scheduledAt),
                        tuple(referral, OnwardService.PSYCHIATRY, OnwardReferralStatus.SEEN, REASON, seenAt),
                        tuple(referral, OnwardService.PSYCHIATRY, OnwardReferralStatus.CLOSED, REASON,
                                published.getLast().changedAt()));
        assertThat(published.getLast().changedAt()).isAfter(seenAt);
        assertThat(published).allSatisfy(changed -> {
            assertThat(changed.setting()).isEqualTo(CareSetting.OUTPATIENT);
            assertThat(changed.changedBy()).isEqualTo("test-coordinator");
        });
    }

    @Test
    void aReferralMovesForwardOnlyAndOneClosedBeforeThePatientWasSeenSaysWhy() {
        UUID declined = UUID.randomUUID();
        send(referral(declined, "CHAPLAINCY")).statusCode(201);
        step(declined, Map.of("status", "SCHEDULED")).statusCode(201).body("appointmentAt", nullValue());
        Instant moved = Instant.now().plus(9, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        step(declined, Map.of("status", "SCHEDULED", "appointmentAt", moved.toString())).statusCode(201)
                .body("appointmentAt", equalTo(moved.toString()));
        step(declined, Map.of("status", "CLOSED")).statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Closure reason missing"));
        step(declined, Map.of("status", "CLOSED", "reason", " ")).statusCode(400)
                .body("violations.pointer", equalTo(List.of("/reason")));
        step(declined, Map.of("status", "CLOSED", "reason", "Patient declined: her own pastor visits")).statusCode(201)
                .body("closureReason", equalTo("Patient declined: her own pastor visits"));
        step(declined, Map.of("status", "SEEN")).statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Onward referral status conflict"));
        step(declined, Map.of("status", "CLOSED", "reason", "Again")).statusCode(409);

        UUID seen = UUID.randomUUID();
        send(referral(seen, "INTEGRATIVE_MEDICINE")).statusCode(201);
        step(seen, Map.of("status", "SEEN")).statusCode(201);
        step(seen, Map.of("status", "SCHEDULED")).statusCode(409);
        step(seen, Map.of("status", "SEEN")).statusCode(409);
        step(seen, Map.of("status", "CLOSED", "at", sentAt.minusSeconds(60).toString())).statusCode(422)
                .body("title", equalTo("Step before the latest one"));

        given().get("/api/onward-referrals/{id}", declined).then()
                .body("status", equalTo("CLOSED"))
                .body("steps.status", equalTo(List.of("SENT", "SCHEDULED", "SCHEDULED", "CLOSED")));
        given().get("/api/onward-referrals/{id}", seen).then().body("steps.status", equalTo(List.of("SENT", "SEEN")));
        assertThat(patients.published(OnwardReferralChanged.class, patientId,
                        changed -> changed.onwardReferralId().equals(seen) && changed.status() == OnwardReferralStatus.SEEN))
                .extracting(OnwardReferralChanged::onwardReferralId, OnwardReferralChanged::status,
                        OnwardReferralChanged::reason)
                .containsExactly(
                        tuple(declined, OnwardReferralStatus.SENT, REASON),
                        tuple(declined, OnwardReferralStatus.SCHEDULED, REASON),
                        tuple(declined, OnwardReferralStatus.SCHEDULED, REASON),
                        tuple(declined, OnwardReferralStatus.CLOSED, "Patient declined: her own pastor visits"),
                        tuple(seen, OnwardReferralStatus.SENT, REASON),
                        tuple(seen, OnwardReferralStatus.SEEN, REASON));
    }

    @Test
    void aReferralOrAStepOffItsRulesIsRefusedWithItsPlaceNamed() {
        send(referral(UUID.randomUUID(), "ACUPUNCTURE")).statusCode(400).contentType("application/problem+json")
                .body("violations[0].pointer", equalTo("/service"));
        send(referral(UUID.randomUUID(), "OTHER")).statusCode(400)
                .body("violations.pointer", equalTo(List.of("/recipientNamedForOther")));
        Map<String, Object> unexplained = referral(UUID.randomUUID(), "PAIN_MEDICINE");
        unexplained.remove("reason");
        unexplained.put("sentAt", Instant.now().plus(1, ChronoUnit.HOURS).toString());
        send(unexplained).statusCode(400)
                .body("violations.pointer", containsInAnyOrder("/reason", "/sentAt"));
        UUID referral = UUID.randomUUID();
        Map<String, Object> other = referral(referral, "OTHER");
        other.put("recipient", "Lymphoedema clinic");
        send(other).statusCode(201).body("recipient", equalTo("Lymphoedema clinic"));

        step(referral, Map.of("status", "SENT")).statusCode(400)
                .body("violations.pointer", equalTo(List.of("/stepAfterSending")));
        step(referral, Map.of("status", "SEEN", "appointmentAt", Instant.now().toString())).statusCode(400)
                .body("violations.pointer", equalTo(List.of("/detailOfItsStep")));
        step(referral, Map.of("status", "SEEN", "reason", "Seen")).statusCode(400)
                .body("violations.pointer", equalTo(List.of("/detailOfItsStep")));
        step(referral, Map.of("status", "DECLINED")).statusCode(400).body("violations[0].pointer", equalTo("/status"));
        step(UUID.randomUUID(), Map.of("status", "SEEN")).statusCode(404).contentType("application/problem+json");

        given().get("/api/onward-referrals/{id}", referral).then().body("status", equalTo("SENT"))
                .body("steps", hasSize(1));
    }

    @Test
    void aReferralOrAStepSentAgainIsAnsweredWithTheReferralAndPublishedOnce() {
        UUID referral = UUID.randomUUID();
        Map<String, Object> sent = referral(referral, "SOCIAL_WORK");
        send(sent).statusCode(201);
        UUID scheduling = UUID.randomUUID();
        step(referral, Map.of("id", scheduling, "status", "SCHEDULED")).statusCode(201);
        step(referral, Map.of("status", "SEEN")).statusCode(201);
        send(sent).statusCode(200).body("status", equalTo("SEEN"));
        step(referral, Map.of("id", scheduling, "status", "SCHEDULED")).statusCode(200)
                .body("status", equalTo("SEEN")).body("steps", hasSize(3));

        Map<String, Object> taken = referral(referral, "SOCIAL_WORK");
        taken.put("patientId", patients.accepted());
        send(taken).statusCode(409).body("title", equalTo("Onward referral id in use"));
        UUID another = UUID.randomUUID();
        send(referral(another, "PAIN_MEDICINE")).statusCode(201);
        step(another, Map.of("id", scheduling, "status", "SCHEDULED")).statusCode(409)
                .body("title", equalTo("Onward referral step id in use"));

        given().queryParam("patientId", patientId).get("/api/onward-referrals").then().statusCode(200)
                .body("id", equalTo(List.of(another.toString(), referral.toString())))
                .body("[1].steps.status", equalTo(List.of("SENT", "SCHEDULED", "SEEN")))
                .body("[0].steps.status", equalTo(List.of("SENT")));
        assertThat(patients.published(OnwardReferralChanged.class, patientId,
                        changed -> changed.onwardReferralId().equals(another)))
                .extracting(OnwardReferralChanged::onwardReferralId, OnwardReferralChanged::status)
                .containsExactly(tuple(referral, OnwardReferralStatus.SENT), tuple(referral, OnwardReferralStatus.SCHEDULED),
                        tuple(referral, OnwardReferralStatus.SEEN), tuple(another, OnwardReferralStatus.SENT));
    }

    @Test
    void onlyAPatientInTheClinicsCareIsReferredOn() {
        UUID waiting = patients.received().patientId();
        Map<String, Object> referral = referral(UUID.randomUUID(), "PSYCHIATRY");
        referral.put("patientId", waiting);

        send(referral).statusCode(422).body("title", equalTo("Patient not referred to the clinic"));

        given().queryParam("patientId", waiting).get("/api/onward-referrals").then().statusCode(200).body("$", hasSize(0));
        given().get("/api/onward-referrals").then().statusCode(400)
                .body("violations[0].parameter", equalTo("patientId"));
    }

    /** A referral sent {@link #sentAt}; each later one a minute later, so they list in the order they were sent. */
    private Map<String, Object> referral(UUID referralId, String service) {
        sentAt = sentAt.plusSeconds(60);
        return new HashMap<>(Map.of("id", referralId, "patientId", patientId, "service", service, "reason", REASON,
                "sentAt", sentAt.toString()));
    }

    private static ValidatableResponse send(Map<String, Object> referral) {
        return given().contentType(ContentType.JSON).body(referral).post("/api/onward-referrals").then();
    }

    private static ValidatableResponse step(UUID referralId, Map<String, Object> step) {
        return given().contentType(ContentType.JSON).body(step).post("/api/onward-referrals/{id}/steps", referralId).then();
    }
}
