package org.pallium.inpatient.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.pallium.inpatient.rest.ConsultTestSupport.assessment;
import static org.pallium.inpatient.rest.ConsultTestSupport.esas;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pallium.events.Urgency;
import org.pallium.inpatient.rest.ConsultTestSupport.Consult;
import org.pallium.platform.testing.LocalInfrastructureResource;

/** ESAS-r and PPS at the API: validated exactly at their boundaries, the latest and the trend, worsening flagged. */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "inpatient"))
class AssessmentTest {


    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    ConsultTestSupport consults;
    Consult consult;
    Instant at;

    @BeforeEach
    void openConsult() {
        consults = new ConsultTestSupport(bootstrapServers);
        consult = consults.accepted(Urgency.ROUTINE, Duration.ofHours(12));
        at = consult.requestedAt().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pain", "tiredness", "drowsiness", "nausea", "lackOfAppetite", "shortnessOfBreath",
            "depression", "anxiety", "wellbeing", "other"})
    void everyEsasItemTakesZeroToTenAndNothingOutside(String item) {
        Map<String, Object> named = item.equals("other") ? Map.of("otherProblem", "Itch") : Map.of();
        for (int score : List.of(-1, 11)) {
            assessment(consult.id(), at, esas(5, with(named, item, score)), null).statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.pointer", equalTo(List.of("/esas/" + item)))
                    .body("violations[0].message", equalTo("must be an ESAS-r score from 0 (none) to 10 (worst possible)"));
        }
        for (int score : List.of(0, 10)) {
            assessment(consult.id(), at, esas(5, with(named, item, score)), null).statusCode(201)
                    .body("esas." + item, equalTo(score));
        }
        given().get("/api/patients/{id}/assessments", consult.patientId()).then().body("trend", hasSize(2));
    }

    @Test
    void ppsTakesTheTenLevelsAndNothingBetweenOrBeyond() {
        for (int level : List.of(-10, 5, 35, 95, 105, 110)) {
            assessment(consult.id(), at, null, level).statusCode(400)
                    .body("violations.pointer", equalTo(List.of("/pps")));
        }
        for (int level : List.of(0, 10, 50, 100)) {
            assessment(consult.id(), at, null, level).statusCode(201).body("pps", equalTo(level));
        }
        given().get("/api/patients/{id}/assessments", consult.patientId()).then().body("trend.pps", equalTo(List.of(0, 10, 50, 100)));
    }

    @Test
    void anEsasFormIsWholeOrRefused() {
        Map<String, Object> withoutPain = new HashMap<>(esas(3, Map.of()));
        withoutPain.remove("pain");
        assessment(consult.id(), at, withoutPain, null).statusCode(400).body("violations.pointer", equalTo(List.of("/esas/pain")));
        assessment(consult.id(), at, esas(3, Map.of("other", 4)), null).statusCode(400);
        assessment(consult.id(), at, esas(3, Map.of("otherProblem", "Itch")), null).statusCode(400);
        assessment(consult.id(), at, null, null).statusCode(400);
        Map<String, Object> anonymous = new HashMap<>(esas(3, Map.of()));
        anonymous.remove("completedBy");
        assessment(consult.id(), at, anonymous, null).statusCode(400)
                .body("violations.pointer", equalTo(List.of("/esas/completedBy")));
        assessment(consult.id(), Instant.now().plus(1, ChronoUnit.HOURS), esas(3, Map.of()), null).statusCode(400);

        given().get("/api/patients/{id}/assessments", consult.patientId()).then().statusCode(200)
                .body("trend", hasSize(0));
    }

    @Test
    void theLatestValuesTheTrendAndAWorseningBeyondTheThresholdAreShownAndFlaggedOnTheCensus() {
        assessment(consult.id(), at, esas(2, Map.of("pain", 4)), 60).statusCode(201);
        assessment(consult.id(), at.plus(1, ChronoUnit.HOURS), esas(2, Map.of("pain", 7, "nausea", 4)), 40).statusCode(201);

        given().get("/api/patients/{id}/assessments", consult.patientId()).then().statusCode(200)
                .body("latestEsas.esas.pain", equalTo(7))
                .body("latestPps.pps", equalTo(40))
                .body("trend.esas.pain", equalTo(List.of(4, 7)))
                .body("change.pain", equalTo(3))
                .body("change.nausea", equalTo(2))
                .body("change.pps", equalTo(-20))
                .body("worsening.measure", equalTo(List.of("pain", "pps")));
        given().get("/api/consults/{id}", consult.id()).then()
                .body("worsening.measure", equalTo(List.of("pain", "pps")))
                .body("worsening[0].from", equalTo(4)).body("worsening[0].to", equalTo(7));

        assessment(consult.id(), at.plus(2, ChronoUnit.HOURS), esas(2, Map.of("pain", 6, "nausea", 6)), null).statusCode(201);
        given().get("/api/consults").then()
                .body("find { it.id == '" + consult.id() + "' }.worsening.measure", equalTo(List.of("pps")));
    }

    private static Map<String, Object> with(Map<String, Object> base, String item, int score) {
        Map<String, Object> changed = new HashMap<>(base);
        changed.put(item, score);
        return changed;
    }
}
