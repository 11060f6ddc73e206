package org.pallium.outpatient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pallium.events.EsasCompletedBy;
import org.pallium.events.EsasR;
import org.pallium.events.Topic;
import org.pallium.events.VisitCompleted;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.LocalInfrastructureResource;

/**
 * What a clinic visit documents: its focus, the ESAS-r and PPS validated by the platform's scales
 * and published with the visit, the interventions, the plan and the follow-up interval; and the
 * patient's scores over time.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "outpatient"))
class VisitDocumentationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    UUID patientId;
    Instant started;

    @BeforeEach
    void referPatient() {
        patientId = new ReferredPatients(bootstrapServers).accepted();
        started = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void aVisitKeepsWhatItFocusedOnTheScoresTheInterventionsThePlanAndTheFollowUpAndPublishesTheScores() {
        UUID visitId = UUID.randomUUID();
        Map<String, Object> visit = visit(visitId, started);
        visit.put("focus", Map.of("symptoms", List.of("PAIN", "ANXIETY"), "others", List.of("constipation")));
        visit.put("esas", esas(Map.of("pain", 7, "anxiety", 6, "other", 5, "otherProblem", "constipation")));
        visit.put("pps", 60);
        visit.put("interventions", List.of(
                Map.of("kind", "MEDICATION_CHANGE", "symptom", "PAIN",
                        "description", "Rotate oxycodone to hydromorphone 2 mg PO q4h PRN"),
                Map.of("kind", "COMFORT_TECHNIQUE", "technique", "GUIDED_IMAGERY", "symptom", "ANXIETY",
                        "description", "Ten-minute guided imagery script, practised twice"),
                Map.of("kind", "EDUCATION", "description", "Constipation on opioids: fluids, senna at night")));
        visit.put("plan", "Titrate hydromorphone by phone in 3 days; family meeting next visit");
        visit.put("followUpAfter", "P2W");

        record(visit).statusCode(201)
                .body("focus.symptoms", equalTo(List.of("PAIN", "ANXIETY")))
                .body("focus.others", equalTo(List.of("constipation")))
                .body("esas.pain", equalTo(7))
                .body("esas.otherProblem", equalTo("constipation"))
                .body("esasTotal", equalTo(7 + 6 + 7))
                .body("pps", equalTo(60))
                .body("interventions.kind", equalTo(List.of("MEDICATION_CHANGE", "COMFORT_TECHNIQUE", "EDUCATION")))
                .body("interventions[1].technique", equalTo("GUIDED_IMAGERY"))
                .body("interventions[0].technique", nullValue())
                .body("plan", equalTo(visit.get("plan")))
                .body("followUpAfter", equalTo("P14D"));
        given().get("/api/visits/{id}", visitId).then().statusCode(200)
                .body("interventions[2].description", equalTo("Constipation on opioids: fluids, senna at night"))
                .body("esas.completedBy", equalTo("PATIENT"))
                .body("followUpAfter", equalTo("P14D"));

        VisitCompleted completed = published(visitId);
        assertThat(completed.pps()).isEqualTo(60);
        assertThat(completed.esas()).isEqualTo(new EsasR(7, 1, 1, 1, 1, 1, 1, 6, 1, 5, "constipation",
                EsasCompletedBy.PATIENT));
    }

    @Test
    void aVisitWithoutScoresKeepsNoneAndPublishesNone() {
        UUID visitId = UUID.randomUUID();

        record(visit(visitId, started)).statusCode(201)
                .body("esas", nullValue()).body("pps", nullValue())
                .body("focus.symptoms", hasSize(0)).body("interventions", hasSize(0))
                .body("followUpAfter", nullValue());

        VisitCompleted completed = published(visitId);
        assertThat(completed.esas()).isNull();
        assertThat(completed.pps()).isNull();
        given().get("/api/patients/{id}/assessments", patientId).then().statusCode(200)
                .body("trend", hasSize(0)).body("latestEsas", nullValue()).body("change.size()", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pain", "tiredness", "drowsiness", "nausea", "lackOfAppetite", "shortnessOfBreath",
            "depression", "anxiety", "wellbeing", "other"})
    void everyEsasItemTakesZeroToTenAndNothingOutside(String item) {
        Map<String, Object> named = item.equals("other") ? Map.of("otherProblem", "itch") : Map.of();
        for (int score : List.of(-1, 11)) {
            Map<String, Object> visit = visit(UUID.randomUUID(), started);
            visit.put("esas", esas(with(named, item, score)));
            record(visit).statusCode(400).contentType("application/problem+json")
                    .body("violations.pointer", equalTo(List.of("/esas/" + item)))
                    .body("violations[0].message", equalTo("must be an ESAS-r score from 0 (none) to 10 (worst possible)"));
        }
        for (int score : List.of(0, 10)) {
            Map<String, Object> visit = visit(UUID.randomUUID(), started);
            visit.put("esas", esas(with(named, item, score)));
            record(visit).statusCode(201).body("esas." + item, equalTo(score));
        }
        given().queryParam("patientId", patientId).get("/api/visits").then().body("$", hasSize(2));
    }

    @Test
    void ppsTakesTheElevenLevelsAndNothingBetweenOrBeyond() {
        for (int level : List.of(-10, 5, 35, 95, 110)) {
            Map<String, Object> visit = visit(UUID.randomUUID(), started);
            visit.put("pps", level);
            record(visit).statusCode(400).contentType("application/problem+json")
                    .body("violations.pointer", equalTo(List.of("/pps")))
                    .body("violations[0].message",
                            equalTo("must be a PPS level: 0 to 100 in steps of 10, never a value between steps"));
        }
        for (int level : List.of(0, 30, 100)) {
            Map<String, Object> visit = visit(UUID.randomUUID(), started.plusSeconds(level));
            visit.put("pps", level);
            record(visit).statusCode(201).body("pps", equalTo(level));
        }
        given().get("/api/patients/{id}/assessments", patientId).then()
                .body("trend.pps", equalTo(List.of(0, 30, 100)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P0D", "P2Y", "P13M", "P367D", "PT48H", "-P7D", "P1.5W", "14 days", "14", ""})
    void aFollowUpIsAPeriodFromADayToAYear(String interval) {
        Map<String, Object> visit = visit(UUID.randomUUID(), started);
        visit.put("followUpAfter", interval);

        record(visit).statusCode(400).contentType("application/problem+json")
                .body("violations.pointer", equalTo(List.of("/followUpAfter")));

        given().queryParam("patientId", patientId).get("/api/visits").then().body("$", hasSize(0));
    }

    @Test
    void aFollowUpOfADayToAYearIsKeptInDaysMonthsAndYears() {
        Map<String, String> kept = Map.of("P1D", "P1D", "P3W", "P21D", "P1M2W", "P1M14D", "P1Y", "P1Y", "P366D", "P366D");
        kept.forEach((interval, answered) -> {
            Map<String, Object> visit = visit(UUID.randomUUID(), started);
            visit.put("followUpAfter", interval);
            record(visit).statusCode(201).body("followUpAfter", equalTo(answered));
        });
    }

    @Test
    void anInterventionOrAFocusOffTheListsIsRefusedWithItsPlaceNamed() {
        Map<String, Object> untaught = visit(UUID.randomUUID(), started);
        untaught.put("interventions", List.of(Map.of("kind", "COMFORT_TECHNIQUE", "description", "Breathing")));
        record(untaught).statusCode(400)
                .body("violations.pointer", equalTo(List.of("/interventions/0/techniqueNamedForAComfortTechnique")));
        Map<String, Object> misplaced = visit(UUID.randomUUID(), started);
        misplaced.put("interventions", List.of(Map.of("kind", "EDUCATION", "technique", "MUSIC", "description", "Music")));
        record(misplaced).statusCode(400)
                .body("violations.pointer", equalTo(List.of("/interventions/0/techniqueNamedForAComfortTechnique")));
        Map<String, Object> unknownTechnique = visit(UUID.randomUUID(), started);
        unknownTechnique.put("interventions",
                List.of(Map.of("kind", "COMFORT_TECHNIQUE", "technique", "AROMATHERAPY", "description", "Lavender")));
        record(unknownTechnique).statusCode(400).body("violations[0].pointer", equalTo("/interventions/0/technique"));
        Map<String, Object> undescribed = visit(UUID.randomUUID(), started);
        undescribed.put("interventions", List.of(Map.of("kind", "EDUCATION", "description", " ")));
        record(undescribed).statusCode(400).body("violations.pointer", equalTo(List.of("/interventions/0/description")));
        Map<String, Object> unknownSymptom = visit(UUID.randomUUID(), started);
        unknownSymptom.put("focus", Map.of("symptoms", List.of("PAIN", "ITCH")));
        record(unknownSymptom).statusCode(400).body("violations[0].pointer", equalTo("/focus/symptoms/1"));
        Map<String, Object> blankConcern = visit(UUID.randomUUID(), started);
        blankConcern.put("focus", Map.of("others", List.of("")));
        record(blankConcern).statusCode(400).body("violations.pointer", equalTo(List.of("/focus/others/0")));

        given().queryParam("patientId", patientId).get("/api/visits").then().body("$", hasSize(0));
    }

    @Test
    void thePatientsLatestScoresAndTheirTrendFollowTheVisitsThatAssessedThem() {
        Map<String, Object> first = visit(UUID.randomUUID(), started.minus(14, ChronoUnit.DAYS));
        first.put("esas", esas(Map.of("pain", 8, "nausea", 2)));
        first.put("pps", 60);
        Map<String, Object> between = visit(UUID.randomUUID(), started.minus(7, ChronoUnit.DAYS));
        between.put("pps", 50);
        Map<String, Object> unassessed = visit(UUID.randomUUID(), started.minus(3, ChronoUnit.DAYS));
        Map<String, Object> latest = visit(UUID.randomUUID(), started);
        latest.put("esas", esas(Map.of("pain", 3, "nausea", 4)));
        for (Map<String, Object> visit : List.of(latest, unassessed, first, between)) {
            record(visit).statusCode(201);
        }

        given().get("/api/patients/{id}/assessments", patientId).then().statusCode(200)
                .body("patientId", equalTo(patientId.toString()))
                .body("trend.visitId", equalTo(List.of(first.get("id"), between.get("id"), latest.get("id")).stream()
                        .map(Object::toString).toList()))
                .body("trend.pps", equalTo(Arrays.asList(60, 50, null)))
                .body("trend.collect { it.esas?.pain }", equalTo(Arrays.asList(8, null, 3)))
                .body("latestEsas.visitId", equalTo(latest.get("id").toString()))
                .body("latestEsas.esasTotal", equalTo(3 + 4 + 7))
                .body("latestEsas.assessedAt", equalTo(started.toString()))
                .body("latestPps.visitId", equalTo(between.get("id").toString()))
                .body("latestPps.pps", equalTo(50))
                .body("change.pain", equalTo(-5))
                .body("change.nausea", equalTo(2))
                .body("change.tiredness", equalTo(0))
                .body("change.esasTotal", equalTo(-3))
                .body("change.pps", equalTo(-10));
    }

    private Map<String, Object> visit(UUID visitId, Instant startedAt) {
        return new HashMap<>(Map.of("id", visitId, "patientId", patientId, "visitType", "SYMPTOM_FOCUSED",
                "clinician", "Dr. Cicely Saunders", "discipline", "PHYSICIAN",
                "startedAt", startedAt.toString(), "endedAt", startedAt.plusSeconds(2700).toString()));
    }

    /** An ESAS-r form the patient completed: every symptom 1, except those given. */
    private static Map<String, Object> esas(Map<String, Object> scores) {
        Map<String, Object> form = new HashMap<>(Map.of("pain", 1, "tiredness", 1, "drowsiness", 1, "nausea", 1,
                "lackOfAppetite", 1, "shortnessOfBreath", 1, "depression", 1, "anxiety", 1, "wellbeing", 1,
                "completedBy", "PATIENT"));
        form.putAll(scores);
        return form;
    }

    private static Map<String, Object> with(Map<String, Object> base, String item, int score) {
        Map<String, Object> scores = new HashMap<>(base);
        scores.put(item, score);
        return scores;
    }

    private static ValidatableResponse record(Map<String, Object> visit) {
        return given().contentType(ContentType.JSON).body(visit).post("/api/visits").then();
    }

    private VisitCompleted published(UUID visitId) {
        List<KafkaEvents.Received> published = new KafkaEvents(bootstrapServers).read(Topic.VISIT_EVENTS,
                received -> received.event() instanceof VisitCompleted completed && completed.visitId().equals(visitId),
                found -> !found.isEmpty(), ReferredPatients.PATIENCE);
        assertThat(published).hasSize(1);
        return (VisitCompleted) published.getFirst().event();
    }
}
