package org.pallium.inpatient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.pallium.inpatient.rest.ConsultTestSupport.assessment;
import static org.pallium.inpatient.rest.ConsultTestSupport.encounter;
import static org.pallium.inpatient.rest.ConsultTestSupport.esas;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;
import org.pallium.events.CodeStatusChanged;
import org.pallium.events.GoalsOfCareDocumented;
import org.pallium.events.PalliumEvent;
import org.pallium.events.PatientTransitioned;
import org.pallium.events.ReferralConcluded;
import org.pallium.events.ReferralOutcome;
import org.pallium.events.ReferralTransferred;
import org.pallium.events.Topic;
import org.pallium.events.TransitionOutcome;
import org.pallium.events.Urgency;
import org.pallium.inpatient.rest.ConsultTestSupport.Consult;
import org.pallium.platform.testing.LocalInfrastructureResource;

/** Goals of care, code status with its history, the advance directive, and the transition at discharge. */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "inpatient"))
class GoalsOfCareAndTransitionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    ConsultTestSupport consults;
    Consult consult;
    Instant seenAt;

    @BeforeEach
    void seeAPatient() {
        consults = new ConsultTestSupport(bootstrapServers);
        consult = consults.accepted(Urgency.URGENT, Duration.ofHours(20));
        seenAt = consult.requestedAt().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        encounter(consult.id(), "INITIAL_CONSULT", seenAt).statusCode(201);
    }

    @Test
    void aGoalsOfCareConversationIsDocumentedOnceAndAnnounced() {
        UUID conversationId = UUID.randomUUID();
        Map<String, Object> conversation = Map.of("id", conversationId, "heldAt", seenAt.plusSeconds(3600).toString(),
                "participants", List.of("patient", "daughter (healthcare agent)"),
                "whatMatters", "Being at home with her dog", "decisions", "No ICU transfer; focus on comfort at home");

        post("goals-of-care", conversation).statusCode(201).body("whatMatters", equalTo("Being at home with her dog"));
        post("goals-of-care", conversation).statusCode(200).body("id", equalTo(conversationId.toString()));
        given().get("/api/goals-of-care/{id}", conversationId).then().statusCode(200)
                .body("documentedBy", equalTo("test-coordinator"));

        List<PalliumEvent> care = consults.eventsOf(consult.patientId(), Topic.CARE_EVENTS,
                events -> events.stream().anyMatch(GoalsOfCareDocumented.class::isInstance));
        assertThat(care).filteredOn(GoalsOfCareDocumented.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((GoalsOfCareDocumented) event).participants())
                        .containsExactly("patient", "daughter (healthcare agent)"));
        post("goals-of-care", Map.of("heldAt", seenAt.toString(), "participants", List.of(),
                "whatMatters", "x", "decisions", "y")).statusCode(400).body("violations[0].pointer", equalTo("/participants"));
    }

    @Test
    void theCodeStatusKeepsItsHistoryAndEachChangeIsAnnouncedWithWhatItReplaced() {
        post("code-status", Map.of("codeStatus", "FULL_CODE", "effectiveAt", seenAt.toString())).statusCode(201);
        post("code-status", Map.of("codeStatus", "DNR_DNI", "effectiveAt", seenAt.plusSeconds(7200).toString(),
                "note", "After the family meeting")).statusCode(201);
        post("code-status", Map.of("codeStatus", "DNR_DNI", "effectiveAt", seenAt.plusSeconds(9000).toString()))
                .statusCode(201);
        post("code-status", Map.of("codeStatus", "DNR/DNI", "effectiveAt", seenAt.toString())).statusCode(400);

        given().get("/api/patients/{id}/goals-of-care", consult.patientId()).then().statusCode(200)
                .body("codeStatus", equalTo("DNR_DNI"))
                .body("codeStatusHistory.codeStatus", equalTo(List.of("DNR_DNI", "DNR_DNI", "FULL_CODE")));
        List<PalliumEvent> changes = consults.eventsOf(consult.patientId(), Topic.CARE_EVENTS,
                events -> events.stream().filter(CodeStatusChanged.class::isInstance).count() >= 2);
        assertThat(changes).filteredOn(CodeStatusChanged.class::isInstance)
                .extracting(event -> ((CodeStatusChanged) event).previous() + " -> " + ((CodeStatusChanged) event).codeStatus())
                .containsExactly("null -> FULL_CODE", "FULL_CODE -> DNR_DNI");
    }

    @Test
    void anAdvanceDirectiveOnFileNamesWhereTheDocumentIs() {
        put("advance-directive", Map.of("status", "ON_FILE")).statusCode(422)
                .body("title", equalTo("Document reference missing"));
        put("advance-directive", Map.of("status", "ON_FILE",
                "documentReference", "https://ehr.example.org/DocumentReference/ad-7",
                "healthcareAgent", Map.of("name", "Maria Example", "relationship", "daughter", "phone", "+1 555 0199")))
                .statusCode(200).body("healthcareAgent.name", equalTo("Maria Example"));
        given().get("/api/patients/{id}/goals-of-care", consult.patientId()).then()
                .body("advanceDirective.documentReference", equalTo("https://ehr.example.org/DocumentReference/ad-7"));
    }

    @Test
    void aTransitionHomeTransfersTheReferralAndHandsOverWhatTheTeamKnows() {
        assessment(consult.id(), seenAt.plusSeconds(600), esas(3, Map.of("pain", 6)), 50).statusCode(201);
        post("code-status", Map.of("codeStatus", "DNR", "effectiveAt", seenAt.toString())).statusCode(201);
        post("goals-of-care", Map.of("heldAt", seenAt.plusSeconds(1200).toString(), "participants", List.of("patient"),
                "whatMatters", "Dying at home", "decisions", "Home with hospice-level support")).statusCode(201);
        put("advance-directive", Map.of("status", "SIGNED",
                "healthcareAgent", Map.of("name", "Maria Example", "relationship", "daughter"))).statusCode(200);

        String onward = post("transition", Map.of("outcome", "HOME_PROGRAMME")).statusCode(201)
                .body("handover.esas.pain", equalTo(6))
                .body("handover.pps", equalTo(50))
                .body("handover.codeStatus", equalTo("DNR"))
                .body("handover.whatMatters", equalTo("Dying at home"))
                .body("handover.healthcareAgent.name", equalTo("Maria Example"))
                .body("handover.advanceDirective", equalTo("Advance directive signed"))
                .extract().path("onwardReferralId");
        post("transition", Map.of("outcome", "HOME_PROGRAMME")).statusCode(200).body("onwardReferralId", equalTo(onward));
        post("transition", Map.of("outcome", "HOSPICE")).statusCode(409);
        given().get("/api/consults/{id}", consult.id()).then().body("status", equalTo("SIGNED_OFF"))
                .body("lifecycle.status", equalTo("TRANSFERRED"))
                .body("lifecycle.transferred.newReferralId", equalTo(onward));
        post("code-status", Map.of("codeStatus", "FULL_CODE", "effectiveAt", seenAt.toString())).statusCode(422);

        ReferralTransferred transfer = (ReferralTransferred) consults.eventsOf(consult.patientId(), Topic.REFERRAL_EVENTS,
                events -> events.stream().anyMatch(ReferralTransferred.class::isInstance)).stream()
                .filter(ReferralTransferred.class::isInstance).findFirst().orElseThrow();
        assertThat(transfer.toSetting()).isEqualTo(CareSetting.HOME);
        assertThat(transfer.newReferralId()).hasToString(onward);
        PatientTransitioned transitioned = (PatientTransitioned) consults.eventsOf(consult.patientId(), Topic.CARE_EVENTS,
                events -> events.stream().anyMatch(PatientTransitioned.class::isInstance)).stream()
                .filter(PatientTransitioned.class::isInstance).findFirst().orElseThrow();
        assertThat(transitioned.onwardReferralId()).isEqualTo(transfer.newReferralId());
        assertThat(transitioned.handover().codeStatus()).isEqualTo(CodeStatus.DNR);
        assertThat(transitioned.handover().decisions()).isEqualTo("Home with hospice-level support");
    }

    @Test
    void aDeathInHospitalConcludesTheReferralWithNoOnwardReferral() {
        post("transition", Map.of("outcome", "DIED_IN_HOSPITAL")).statusCode(201)
                .body("onwardReferralId", nullValue())
                .body("handover.codeStatus", nullValue());
        given().get("/api/consults/{id}", consult.id()).then().body("lifecycle.status", equalTo("COMPLETED"));

        List<PalliumEvent> referral = consults.eventsOf(consult.patientId(), Topic.REFERRAL_EVENTS,
                events -> events.stream().anyMatch(ReferralConcluded.class::isInstance));
        assertThat(referral).filteredOn(ReferralConcluded.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((ReferralConcluded) event).outcome()).isEqualTo(ReferralOutcome.COMPLETED));
        PatientTransitioned transitioned = (PatientTransitioned) consults.eventsOf(consult.patientId(), Topic.CARE_EVENTS,
                events -> events.stream().anyMatch(PatientTransitioned.class::isInstance)).stream()
                .filter(PatientTransitioned.class::isInstance).findFirst().orElseThrow();
        assertThat(transitioned.outcome()).isEqualTo(TransitionOutcome.DIED_IN_HOSPITAL);
    }

    private ValidatableResponse post(String what, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/consults/{id}/" + what, consult.id()).then();
    }

    private ValidatableResponse put(String what, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).put("/api/consults/{id}/" + what, consult.id()).then();
    }
}
