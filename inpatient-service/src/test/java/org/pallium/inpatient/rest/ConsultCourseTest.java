package org.pallium.inpatient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.pallium.inpatient.rest.ConsultTestSupport.encounter;

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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pallium.events.ConsultRequested;
import org.pallium.events.ConsultSeen;
import org.pallium.events.ConsultSignedOff;
import org.pallium.events.PalliumEvent;
import org.pallium.events.ReferralConcluded;
import org.pallium.events.Topic;
import org.pallium.events.Urgency;
import org.pallium.events.VisitCompleted;
import org.pallium.inpatient.rest.ConsultTestSupport.Consult;
import org.pallium.platform.testing.LocalInfrastructureResource;

/** A consult's course: requested, seen, followed, signed off; its response target; the census filters. */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "inpatient"))
class ConsultCourseTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    ConsultTestSupport consults;

    @BeforeEach
    void connect() {
        consults = new ConsultTestSupport(bootstrapServers);
    }

    @Test
    void aConsultIsRequestedSeenFollowedAndSignedOffAndEachStepIsAnnounced() {
        Consult consult = consults.accepted(Urgency.URGENT, Duration.ofHours(5));
        given().get("/api/consults/{id}", consult.id()).then().statusCode(200)
                .body("status", equalTo("REQUESTED"))
                .body("urgency", equalTo("URGENT"))
                .body("responseDueAt", equalTo(consult.requestedAt().plus(24, ChronoUnit.HOURS).toString()))
                .body("overdue", equalTo(false));

        Instant seenAt = consult.requestedAt().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        encounter(consult.id(), "INITIAL_CONSULT", seenAt).statusCode(201);
        given().get("/api/consults/{id}", consult.id()).then()
                .body("status", equalTo("SEEN"))
                .body("seenAt", equalTo(seenAt.toString()))
                .body("responseMinutes", equalTo((int) Duration.between(consult.requestedAt(), seenAt).toMinutes()));
        encounter(consult.id(), "FOLLOW_UP", seenAt.plus(1, ChronoUnit.HOURS)).statusCode(201);
        given().get("/api/consults/{id}", consult.id()).then().body("status", equalTo("FOLLOWING"));

        given().contentType(ContentType.JSON).body(Map.of("reason", "Pain controlled; primary team continues"))
                .post("/api/consults/{id}/sign-off", consult.id()).then().statusCode(200)
                .body("status", equalTo("SIGNED_OFF"))
                .body("lifecycle.status", equalTo("COMPLETED"))
                .body("lifecycle.concluded.reason", equalTo("Pain controlled; primary team continues"));
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/consults/{id}/sign-off", consult.id()).then().statusCode(200).body("status", equalTo("SIGNED_OFF"));

        List<PalliumEvent> care = consults.eventsOf(consult.patientId(), Topic.CARE_EVENTS,
                events -> events.stream().anyMatch(ConsultSignedOff.class::isInstance));
        assertThat(care).hasExactlyElementsOfTypes(ConsultSeen.class, ConsultSignedOff.class);
        ConsultSeen seen = (ConsultSeen) care.getFirst();
        assertThat(seen.seenAt()).isEqualTo(seenAt);
        assertThat(seen.seenWithinTarget()).isTrue();
        assertThat(((ConsultSignedOff) care.getLast()).signedOffBy()).isEqualTo("test-coordinator");
        List<PalliumEvent> referral = consults.eventsOf(consult.patientId(), Topic.REFERRAL_EVENTS,
                events -> events.stream().anyMatch(ReferralConcluded.class::isInstance));
        assertThat(referral).filteredOn(ConsultRequested.class::isInstance).singleElement()
                .satisfies(event -> {
                    ConsultRequested requested = (ConsultRequested) event;
                    assertThat(requested.consultId()).hasToString(consult.id());
                    assertThat(requested.urgency()).isEqualTo(Urgency.URGENT);
                    assertThat(requested.responseDueAt()).isEqualTo(consult.requestedAt().plus(24, ChronoUnit.HOURS));
                });
    }

    @Test
    void aConsultPastItsTargetIsFlaggedUntilTheTeamSeesIt() {
        Consult urgentLate = consults.accepted(Urgency.URGENT, Duration.ofHours(30));
        Consult routineInTime = consults.accepted(Urgency.ROUTINE, Duration.ofHours(30));

        given().get("/api/consults/{id}", urgentLate.id()).then().body("overdue", equalTo(true));
        given().get("/api/consults/{id}", routineInTime.id()).then().body("overdue", equalTo(false));
        given().queryParam("overdue", true).get("/api/consults").then().statusCode(200)
                .body("id", hasItem(urgentLate.id())).body("id", not(hasItem(routineInTime.id())));
        given().queryParam("overdue", false).get("/api/consults").then().statusCode(200)
                .body("id", hasItem(routineInTime.id())).body("id", not(hasItem(urgentLate.id())));

        Instant seenAt = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        encounter(urgentLate.id(), "INITIAL_CONSULT", seenAt).statusCode(201);
        given().get("/api/consults/{id}", urgentLate.id()).then().body("overdue", equalTo(false))
                .body("status", equalTo("SEEN"));
        ConsultSeen seen = (ConsultSeen) consults.eventsOf(urgentLate.patientId(), Topic.CARE_EVENTS,
                events -> !events.isEmpty()).getFirst();
        assertThat(seen.seenWithinTarget()).isFalse();
        VisitCompleted visit = (VisitCompleted) consults.eventsOf(urgentLate.patientId(), Topic.VISIT_EVENTS,
                events -> !events.isEmpty()).getFirst();
        assertThat(visit.startedAt()).isEqualTo(seenAt);
    }

    @Test
    void theResponseTimesOfAPeriodAreCountedByUrgencyAgainstTheirTargets() {
        Duration tenDays = Duration.ofDays(10);
        Consult urgentInTime = consults.accepted(Urgency.URGENT, tenDays);
        Consult urgentLate = consults.accepted(Urgency.URGENT, tenDays);
        consults.accepted(Urgency.ROUTINE, tenDays);
        encounter(urgentInTime.id(), "INITIAL_CONSULT", urgentInTime.requestedAt().plus(2, ChronoUnit.HOURS)).statusCode(201);
        encounter(urgentLate.id(), "INITIAL_CONSULT", urgentLate.requestedAt().plus(30, ChronoUnit.HOURS)).statusCode(201);
        Instant around = urgentInTime.requestedAt();

        given().queryParam("from", around.minus(1, ChronoUnit.HOURS).toString())
                .queryParam("to", around.plus(1, ChronoUnit.HOURS).toString())
                .get("/api/consults/response-times").then().statusCode(200)
                .body("byUrgency.find { it.urgency == 'URGENT' }.requested", equalTo(2))
                .body("byUrgency.find { it.urgency == 'URGENT' }.seenWithinTarget", equalTo(1))
                .body("byUrgency.find { it.urgency == 'URGENT' }.targetMinutes", equalTo(24 * 60))
                .body("byUrgency.find { it.urgency == 'URGENT' }.medianMinutes", equalTo((2 * 60 + 30 * 60) / 2))
                .body("byUrgency.find { it.urgency == 'ROUTINE' }.seen", equalTo(0))
                .body("byUrgency.find { it.urgency == 'ROUTINE' }.overdue", equalTo(1))
                .body("byUrgency.find { it.urgency == 'ROUTINE' }.medianMinutes", nullValue());
        given().queryParam("from", around.toString()).queryParam("to", around.toString())
                .get("/api/consults/response-times").then().statusCode(400);
    }

    @Test
    void encountersKeepTheConsultsOrder() {
        Consult consult = consults.accepted(Urgency.ROUTINE, Duration.ofHours(6));
        Instant beforeRequest = consult.requestedAt().minus(1, ChronoUnit.HOURS);
        Instant seenAt = consult.requestedAt().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        encounter(consult.id(), "FOLLOW_UP", seenAt).statusCode(422)
                .contentType("application/problem+json").body("title", equalTo("Follow-up before the initial consult"));
        encounter(consult.id(), "INITIAL_CONSULT", beforeRequest).statusCode(422)
                .body("title", equalTo("Encounter before the consult"));
        encounter(consult.id(), "INITIAL_CONSULT", seenAt).statusCode(201);
        encounter(consult.id(), "INITIAL_CONSULT", seenAt.plus(1, ChronoUnit.HOURS)).statusCode(422)
                .body("title", equalTo("Initial consult recorded already"));
        encounter(consult.id(), "FOLLOW_UP", seenAt.minus(1, ChronoUnit.MINUTES)).statusCode(422)
                .body("title", equalTo("Follow-up before the initial consult"))
                .body("detail", equalTo("The follow-up starts at " + seenAt.minus(1, ChronoUnit.MINUTES)
                        + ", before the initial consult at " + seenAt));

        given().get("/api/consults/{id}/encounters", consult.id()).then().body("kind", equalTo(List.of("INITIAL_CONSULT")));
    }

    @Test
    void aConsultTheTeamNeverSawCannotBeSignedOff() {
        Consult consult = consults.accepted(Urgency.ROUTINE, Duration.ofHours(1));

        given().contentType(ContentType.JSON).body(Map.of("reason", "Not needed"))
                .post("/api/consults/{id}/sign-off", consult.id()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("The team has not seen the patient yet: record the initial consult first, "
                        + "or close the referral"));
        given().get("/api/consults/{id}", consult.id()).then().body("status", equalTo("REQUESTED"));
    }

    @Test
    void anEncounterKeepsWhoWasThereWhatWasDoneAndTheScoresAssessed() {
        Consult consult = consults.accepted(Urgency.ROUTINE, Duration.ofHours(6));
        Instant seenAt = consult.requestedAt().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        String encounterId = encounter(consult.id(), "INITIAL_CONSULT", seenAt, Map.of(
                "disciplinesPresent", List.of("PHYSICIAN", "SOCIAL_WORKER", "CHAPLAIN"),
                "participants", List.of("PATIENT", "HEALTHCARE_AGENT"),
                "interventions", List.of(Map.of("kind", "SYMPTOM_MANAGEMENT_RECOMMENDATION", "symptom", "PAIN",
                        "description", "Start hydromorphone 1 mg IV q3h PRN", "toPrimaryTeam", true)),
                "esas", ConsultTestSupport.esas(2, Map.of("pain", 8, "other", 5, "otherProblem", "Constipation")),
                "pps", 40)).statusCode(201)
                .body("durationMinutes", equalTo(40))
                .body("disciplinesPresent", equalTo(List.of("PHYSICIAN", "SOCIAL_WORKER", "CHAPLAIN")))
                .body("participants", equalTo(List.of("PATIENT", "HEALTHCARE_AGENT")))
                .body("interventions[0].toPrimaryTeam", equalTo(true))
                .body("assessment.esas.pain", equalTo(8))
                .body("assessment.esasTotal", equalTo(8 + 8 * 2))
                .body("assessment.pps", equalTo(40))
                .extract().path("id");

        VisitCompleted visit = (VisitCompleted) consults.eventsOf(consult.patientId(), Topic.VISIT_EVENTS,
                events -> !events.isEmpty()).getFirst();
        assertThat(visit.visitId()).hasToString(encounterId);
        assertThat(visit.esas().pain()).isEqualTo(8);
        assertThat(visit.esas().otherProblem()).isEqualTo("Constipation");
        assertThat(visit.pps()).isEqualTo(40);
        given().get("/api/patients/{id}/assessments", consult.patientId()).then().statusCode(200)
                .body("latestEsas.encounterId", equalTo(encounterId))
                .body("latestPps.pps", equalTo(40));
    }

    @Test
    void theCensusFiltersByUnitStatusAndCareTeamMember() {
        Consult onFiveWest = consults.accepted(Urgency.ROUTINE, Duration.ofHours(2));
        Consult onIcu = consults.accepted(Urgency.ROUTINE, Duration.ofHours(2));
        String member = "dr-census-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("unit", "5 West", "bed", "12B", "admittingService", "Oncology"))
                .put("/api/consults/{id}/location", onFiveWest.id()).then().statusCode(200).body("bed", equalTo("12B"));
        given().contentType(ContentType.JSON).body(Map.of("unit", "ICU", "bed", "3", "admittingService", "Medicine"))
                .put("/api/consults/{id}/location", onIcu.id()).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("members", List.of(
                        Map.of("member", member, "name", "Dr. Census", "discipline", "PHYSICIAN", "role", "LEAD"),
                        Map.of("member", "sw-" + member, "name", "Sam Social", "discipline", "SOCIAL_WORKER", "role", "MEMBER"))))
                .put("/api/consults/{id}/team", onIcu.id()).then().statusCode(200)
                .body("role", equalTo(List.of("LEAD", "MEMBER")));
        encounter(onIcu.id(), "INITIAL_CONSULT", onIcu.requestedAt().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS))
                .statusCode(201);

        given().queryParam("unit", "5 west").get("/api/consults").then()
                .body("id", hasItem(onFiveWest.id())).body("id", not(hasItem(onIcu.id())));
        given().queryParam("clinician", member).get("/api/consults").then()
                .body("id", equalTo(List.of(onIcu.id()))).body("[0].team[0].name", equalTo("Dr. Census"));
        given().queryParam("status", "SEEN").get("/api/consults").then()
                .body("id", hasItem(onIcu.id())).body("id", not(hasItem(onFiveWest.id())));
        given().queryParam("status", "REQUESTED").get("/api/consults").then()
                .body("id", hasItem(onFiveWest.id())).body("id", not(hasItem(onIcu.id())));
        given().contentType(ContentType.JSON).body(Map.of("members", List.of(
                        Map.of("member", "a", "name", "A", "discipline", "PHYSICIAN", "role", "LEAD"),
                        Map.of("member", "b", "name", "B", "discipline", "NURSE", "role", "LEAD"))))
                .put("/api/consults/{id}/team", onIcu.id()).then().statusCode(422).body("title", equalTo("More than one lead"));
        given().get("/api/consults/{id}", onIcu.id()).then().body("team.member", equalTo(List.of(member, "sw-" + member)));
    }

    @Test
    void aConsultRequestedInsideTheHospitalWaitsForThePatientRegistryAndOpensNothingWithoutIt() {
        UUID consultId = UUID.randomUUID();
        Map<String, Object> request = Map.ofEntries(
                Map.entry("id", consultId),
                Map.entry("patient", Map.of("identifier", Map.of("system", "urn:oid:2.16.840.1.113883.19.5",
                        "value", "MRN-" + consultId), "name", "Hospital Patient", "birthDate", "1950-03-02", "sex", "MALE")),
                Map.entry("diagnosis", Map.of("system", "http://hl7.org/fhir/sid/icd-10-cm", "code", "C34.90",
                        "display", "Lung cancer", "text", "Metastatic NSCLC", "advancedCancer", true)),
                Map.entry("unit", "5 West"), Map.entry("bed", "12B"), Map.entry("admittingService", "Oncology"),
                Map.entry("requestingClinician", "Dr. Ana Ortiz"), Map.entry("requestingOrganisation", "Springfield General"),
                Map.entry("question", "Help with goals of care and dyspnoea"), Map.entry("urgency", "URGENT"));

        given().contentType(ContentType.JSON).body(request).post("/api/consults").then().statusCode(503)
                .contentType("application/problem+json").body("title", equalTo("Patient registry unavailable"));
        given().get("/api/consults/{id}", consultId).then().statusCode(404);

        given().contentType(ContentType.JSON).body(Map.of("id", consultId, "question", "?"))
                .post("/api/consults").then().statusCode(400).body("violations.pointer", hasItem("/patient"));
    }
}
