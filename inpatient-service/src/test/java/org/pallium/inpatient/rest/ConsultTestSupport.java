package org.pallium.inpatient.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.pallium.events.CareSetting;
import org.pallium.events.PalliumEvent;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.Topic;
import org.pallium.events.Urgency;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.SampleReferrals;

/** Consults opened the way the gateway opens them, and the team's steps on them, for the consult tests. */
final class ConsultTestSupport {

    static final URI GATEWAY = URI.create("/pallium/referral-gateway");
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaEvents kafka;

    ConsultTestSupport(String bootstrapServers) {
        this.kafka = new KafkaEvents(bootstrapServers);
    }

    KafkaEvents kafka() {
        return kafka;
    }

    record Consult(String id, UUID referralId, UUID patientId, Instant requestedAt) {
    }

    /** A consult of a new patient, referred {@code ago} with {@code urgency}, that the team accepted. */
    Consult accepted(Urgency urgency, Duration ago) {
        return accepted(urgency, ago, UUID.randomUUID());
    }

    Consult accepted(Urgency urgency, Duration ago, UUID patientId) {
        ReferralSubmitted sample = SampleReferrals.submitted(CareSetting.INPATIENT, patientId, "Pain crisis");
        Instant requestedAt = Instant.now().minus(ago).truncatedTo(ChronoUnit.MILLIS);
        ReferralSubmitted referral = new ReferralSubmitted(sample.referralId(), sample.patientId(), sample.setting(),
                sample.patient(), sample.diagnosis(), sample.reason(), sample.symptoms(), urgency, sample.goalsOfCare(),
                sample.referrer(), sample.coverage(), sample.attachments(), requestedAt);
        kafka.publish(GATEWAY, referral);
        String id = await().atMost(PATIENCE).until(() -> given().queryParam("referralId", referral.referralId())
                .get("/api/consults").then().statusCode(200).extract().jsonPath().<String>getList("id"),
                ids -> !ids.isEmpty()).getFirst();
        given().contentType(ContentType.JSON).body(Map.of("clinician", "Dr. Balfour Mount"))
                .post("/api/referrals/{id}/acceptance", referral.referralId()).then().statusCode(200);
        return new Consult(id, referral.referralId(), patientId, requestedAt);
    }

    static ValidatableResponse encounter(String consultId, String kind, Instant startedAt, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("id", UUID.randomUUID(), "kind", kind,
                "clinician", "Dr. Balfour Mount", "discipline", "PHYSICIAN", "startedAt", startedAt.toString(),
                "endedAt", startedAt.plus(40, ChronoUnit.MINUTES).toString()));
        body.putAll(more);
        return given().contentType(ContentType.JSON).body(body).post("/api/consults/{id}/encounters", consultId).then();
    }

    static ValidatableResponse encounter(String consultId, String kind, Instant startedAt) {
        return encounter(consultId, kind, startedAt, Map.of());
    }

    /** An ESAS-r form with every item at {@code score}, except those given. */
    static Map<String, Object> esas(int score, Map<String, Object> except) {
        Map<String, Object> form = new HashMap<>();
        for (String item : List.of("pain", "tiredness", "drowsiness", "nausea", "lackOfAppetite", "shortnessOfBreath",
                "depression", "anxiety", "wellbeing")) {
            form.put(item, score);
        }
        form.put("completedBy", "PATIENT");
        form.putAll(except);
        return form;
    }

    static ValidatableResponse assessment(String consultId, Instant at, Map<String, Object> esas, Integer pps) {
        Map<String, Object> body = new HashMap<>(Map.of("id", UUID.randomUUID(), "assessedAt", at.toString()));
        if (esas != null) {
            body.put("esas", esas);
        }
        if (pps != null) {
            body.put("pps", pps);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/consults/{id}/assessments", consultId).then();
    }

    /** The events of this patient on the topic, once {@code enough} holds. */
    List<PalliumEvent> eventsOf(UUID patientId, Topic topic, Predicate<List<PalliumEvent>> enough) {
        return kafka.read(topic, received -> received.key().equals(patientId.toString()),
                found -> enough.test(found.stream().map(KafkaEvents.Received::event).toList()), PATIENCE)
                .stream().map(KafkaEvents.Received::event).toList();
    }
}
