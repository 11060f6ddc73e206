package org.pallium.outpatient.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.restassured.http.ContentType;

import org.pallium.events.CareEvent;
import org.pallium.events.CareSetting;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.Topic;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.SampleReferrals;

/**
 * Patients referred to the clinic as the gateway refers them, for the tests of what the clinic
 * documents about them; and what it published about them on the care-events topic.
 */
final class ReferredPatients {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final URI GATEWAY = URI.create("/pallium/referral-gateway");

    private final KafkaEvents kafka;

    ReferredPatients(String bootstrapServers) {
        kafka = new KafkaEvents(bootstrapServers);
    }

    /** A new patient whose referral the clinic received and has not accepted yet: on its census. */
    ReferralSubmitted received() {
        ReferralSubmitted referral = SampleReferrals.submitted(CareSetting.OUTPATIENT, UUID.randomUUID(),
                "Uncontrolled neuropathic pain");
        kafka.publish(GATEWAY, referral);
        await().atMost(PATIENCE).until(() -> given().get("/api/referrals/{id}", referral.referralId()).then().extract()
                .statusCode(), status -> status == 200);
        return referral;
    }

    /** A new patient whose referral the clinic accepted: the clinic documents their care. */
    UUID accepted() {
        return acceptedReferral().patientId();
    }

    /** The referral of a new patient, accepted by the clinic. */
    ReferralSubmitted acceptedReferral() {
        ReferralSubmitted referral = received();
        given().contentType(ContentType.JSON).body(Map.of("clinician", "Dr. Helen Park"))
                .post("/api/referrals/{id}/acceptance", referral.referralId()).then().statusCode(200);
        return referral;
    }

    /**
     * The care events the clinic published about the patient, in order, until {@code last} is among
     * them. The clinic publishes a patient's events in the order it recorded them, on one partition.
     */
    <T extends CareEvent> List<T> published(Class<T> type, UUID patientId, Predicate<T> last) {
        return kafka.read(Topic.CARE_EVENTS,
                        received -> type.isInstance(received.event()) && received.event().patientId().equals(patientId),
                        found -> found.stream().anyMatch(received -> last.test(type.cast(received.event()))), PATIENCE)
                .stream().map(received -> type.cast(received.event())).toList();
    }
}
