package org.pallium.homevisit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.CodeStatus;
import org.pallium.events.PatientTransitioned;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.TransitionOutcome;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.LocalInfrastructureResource;
import org.pallium.platform.testing.SampleReferrals;
import org.pallium.platform.testing.SampleTransitions;

/**
 * The hospital team's handover of a patient discharged to the home programme: it arrives on
 * pallium.care-events, apart from the referral the gateway opens here, and the team finds it on
 * that referral's admission, whichever of the two came first.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "homevisit"))
class HandoverTest {

    private static final URI GATEWAY = URI.create("/pallium/referral-gateway");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aHandoverThatArrivesAfterTheReferralIsShownWithItsAdmission() {
        ReferralSubmitted referral = referral(UUID.randomUUID());
        String admissionId = admit(referral);
        PatientTransitioned transition = dischargedHome(referral, CodeStatus.DNR_DNI);

        kafka().publish(SampleTransitions.INPATIENT_SERVICE, transition);

        awaitHandoverOf(referral);
        given().get("/api/admissions/{id}", admissionId).then().statusCode(200)
                .body("handover.fromSetting", equalTo("INPATIENT"))
                .body("handover.outcome", equalTo("HOME_PROGRAMME"))
                .body("handover.transitionedBy", equalTo(transition.transitionedBy()))
                .body("handover.transitionedAt", equalTo(transition.transitionedAt().toString()))
                .body("handover.esas.pain", equalTo(transition.handover().esas().pain()))
                .body("handover.esas.shortnessOfBreath", equalTo(transition.handover().esas().shortnessOfBreath()))
                .body("handover.esas.other", equalTo(transition.handover().esas().other()))
                .body("handover.esas.otherProblem", equalTo(transition.handover().esas().otherProblem()))
                .body("handover.esas.completedBy", equalTo("PATIENT"))
                .body("handover.esasAssessedAt", equalTo(transition.handover().esasAssessedAt().toString()))
                .body("handover.pps", equalTo(transition.handover().pps()))
                .body("handover.ppsAssessedAt", equalTo(transition.handover().ppsAssessedAt().toString()))
                .body("handover.codeStatus", equalTo("DNR_DNI"))
                .body("handover.whatMatters", equalTo(transition.handover().whatMatters()))
                .body("handover.decisions", equalTo(transition.handover().decisions()))
                .body("handover.healthcareAgent.name", equalTo(transition.handover().healthcareAgent().name()))
                .body("handover.healthcareAgent.relationship", equalTo("daughter"))
                .body("handover.healthcareAgent.phone", equalTo(transition.handover().healthcareAgent().phone()))
                .body("handover.advanceDirective", equalTo(transition.handover().advanceDirective()));
    }

    @Test
    void aHandoverThatArrivesBeforeTheReferralIsShownOnceTheReferralArrives() {
        UUID patientId = UUID.randomUUID();
        ReferralSubmitted referral = referral(patientId);
        kafka().publish(SampleTransitions.INPATIENT_SERVICE, dischargedHome(referral, CodeStatus.COMFORT_MEASURES_ONLY));
        awaitCareEventsConsumed(patientId);
        assertThat(admissionsOf(referral)).isEmpty();

        kafka().publish(GATEWAY, referral);

        String admissionId = awaitAdmissionOf(referral);
        given().get("/api/admissions/{id}", admissionId).then().statusCode(200)
                .body("handover.codeStatus", equalTo("COMFORT_MEASURES_ONLY"))
                .body("handover.pps", equalTo(40))
                .body("handover.healthcareAgent.name", equalTo("Ruth Test"))
                .body("lifecycle.status", equalTo("RECEIVED"));
    }

    @Test
    void aTransitionDeliveredOrPublishedAgainChangesNothing() {
        ReferralSubmitted referral = referral(UUID.randomUUID());
        admit(referral);
        PatientTransitioned transition = dischargedHome(referral, CodeStatus.DNR);
        CloudEventAttributes attributes = kafka().publish(SampleTransitions.INPATIENT_SERVICE, transition);
        Map<String, Object> kept = awaitHandoverOf(referral);

        kafka().publish(attributes, transition);
        kafka().publish(SampleTransitions.INPATIENT_SERVICE, dischargedHome(referral, CodeStatus.FULL_CODE));
        awaitCareEventsConsumed(referral.patientId());

        assertThat(handoverOf(referral)).isEqualTo(kept).containsEntry("codeStatus", "DNR");
    }

    @Test
    void aTransitionToTheClinicIsLeftToTheClinic() {
        ReferralSubmitted referral = referral(UUID.randomUUID());
        String admissionId = admit(referral);
        PatientTransitioned toTheClinic = SampleTransitions.discharged(referral.patientId(),
                TransitionOutcome.OUTPATIENT_CLINIC, referral.referralId(), CodeStatus.DNR);

        kafka().publish(SampleTransitions.INPATIENT_SERVICE, toTheClinic);
        awaitCareEventsConsumed(referral.patientId());

        given().get("/api/admissions/{id}", admissionId).then().statusCode(200).body("handover", nullValue());
    }

    @Test
    void aHandoverNamingAnotherPatientIsNotShownWithTheReferral() {
        ReferralSubmitted referral = referral(UUID.randomUUID());
        String admissionId = admit(referral);
        UUID someoneElse = UUID.randomUUID();
        PatientTransitioned misaddressed = SampleTransitions.discharged(someoneElse, TransitionOutcome.HOME_PROGRAMME,
                referral.referralId(), CodeStatus.FULL_CODE);

        kafka().publish(SampleTransitions.INPATIENT_SERVICE, misaddressed);
        awaitCareEventsConsumed(someoneElse);

        given().get("/api/admissions/{id}", admissionId).then().statusCode(200).body("handover", nullValue());
    }

    private KafkaEvents kafka() {
        return new KafkaEvents(bootstrapServers);
    }

    /** A referral of the patient routed home, not yet published. */
    private static ReferralSubmitted referral(UUID patientId) {
        return SampleReferrals.submitted(CareSetting.HOME, patientId, "Discharged home from hospital");
    }

    private static PatientTransitioned dischargedHome(ReferralSubmitted referral, CodeStatus codeStatus) {
        return SampleTransitions.discharged(referral.patientId(), TransitionOutcome.HOME_PROGRAMME,
                referral.referralId(), codeStatus);
    }

    /** Publishes the referral as the gateway does, and waits for its admission. */
    private String admit(ReferralSubmitted referral) {
        kafka().publish(GATEWAY, referral);
        return awaitAdmissionOf(referral);
    }

    private static String awaitAdmissionOf(ReferralSubmitted referral) {
        return await().atMost(PATIENCE).until(() -> admissionsOf(referral), ids -> !ids.isEmpty()).getFirst();
    }

    /**
     * Waits until the care events published so far about the patient have been consumed: a
     * marker, a later transition of the same patient to a referral here, comes after them on the
     * patient's partition, so once its handover shows, they were all applied.
     */
    private void awaitCareEventsConsumed(UUID patientId) {
        ReferralSubmitted marker = referral(patientId);
        admit(marker);
        kafka().publish(SampleTransitions.INPATIENT_SERVICE, dischargedHome(marker, CodeStatus.DNR));
        awaitHandoverOf(marker);
    }

    private static Map<String, Object> awaitHandoverOf(ReferralSubmitted referral) {
        return await().atMost(PATIENCE).until(() -> handoverOf(referral), Objects::nonNull);
    }

    /** The handover that the census shows with the referral's admission; null when none. */
    private static Map<String, Object> handoverOf(ReferralSubmitted referral) {
        return given().get("/api/admissions").then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.referralId == '" + referral.referralId() + "' }.handover");
    }

    private static List<String> admissionsOf(ReferralSubmitted referral) {
        return given().get("/api/admissions").then().statusCode(200).extract()
                .jsonPath().getList("items.findAll { it.referralId == '" + referral.referralId() + "' }.id", String.class);
    }
}
