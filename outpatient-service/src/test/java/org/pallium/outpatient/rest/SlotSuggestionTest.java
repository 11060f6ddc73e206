package org.pallium.outpatient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.pallium.outpatient.rest.SchedulingTestSupport.at;
import static org.pallium.outpatient.rest.SchedulingTestSupport.book;
import static org.pallium.outpatient.rest.SchedulingTestSupport.campusAppointment;
import static org.pallium.outpatient.rest.SchedulingTestSupport.clinician;
import static org.pallium.outpatient.rest.SchedulingTestSupport.day;
import static org.pallium.outpatient.rest.SchedulingTestSupport.putCampusAppointments;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pallium.outpatient.rest.SchedulingTestSupport.Patient;
import org.pallium.platform.testing.LocalInfrastructureResource;

/** The patient's other appointments on campus, as the EHR sends them, and the slots suggested around them. */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "outpatient"))
class SlotSuggestionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    SchedulingTestSupport support;

    @BeforeEach
    void connect() {
        support = new SchedulingTestSupport(bootstrapServers);
    }

    private record Suggestion(Instant startsAt, Instant endsAt, String bundling, String sameDayAs, Integer minutes) {

        boolean overlaps(Instant start, Instant end) {
            return startsAt.isBefore(end) && endsAt.isAfter(start);
        }
    }

    @Test
    void slotsNextToThePatientsCampusAppointmentComeFirstAndNoneOverlapsTheirOtherAppointments() {
        String clinician = clinician("Bundle");
        String colleague = clinician("Elsewhere");
        Patient patient = support.acceptedPatient();
        LocalDate day = day();
        Instant infusion = at(day, "10:00");
        putCampusAppointments(patient.patientId(), List.of(campusAppointment("ONC-1", infusion, Duration.ofHours(1),
                "Chemotherapy infusion"))).statusCode(200);
        book(UUID.randomUUID(), patient.patientId(), colleague, "FOLLOW_UP", at(day, "14:00")).statusCode(201);

        List<Suggestion> suggestions = suggestions(patient.patientId(), clinician, day, day.plusDays(1), 100);

        assertThat(suggestions.subList(0, 7)).containsExactly(
                new Suggestion(at(day, "09:30"), at(day, "10:00"), "ADJACENT", "ONC-1", 0),
                new Suggestion(at(day, "11:00"), at(day, "11:30"), "ADJACENT", "ONC-1", 0),
                new Suggestion(at(day, "09:15"), at(day, "09:45"), "ADJACENT", "ONC-1", 15),
                new Suggestion(at(day, "11:15"), at(day, "11:45"), "ADJACENT", "ONC-1", 15),
                new Suggestion(at(day, "09:00"), at(day, "09:30"), "ADJACENT", "ONC-1", 30),
                new Suggestion(at(day, "11:30"), at(day, "12:00"), "ADJACENT", "ONC-1", 30),
                new Suggestion(at(day, "08:45"), at(day, "09:15"), "SAME_DAY", "ONC-1", 45));
        assertThat(suggestions).extracting(Suggestion::bundling).containsSubsequence("ADJACENT", "SAME_DAY", "OTHER_DAY")
                .isSortedAccordingTo(Comparator.comparing(List.of("ADJACENT", "SAME_DAY", "OTHER_DAY")::indexOf));
        assertThat(suggestions).noneMatch(suggestion -> suggestion.overlaps(infusion, infusion.plus(Duration.ofHours(1))))
                .noneMatch(suggestion -> suggestion.overlaps(at(day, "14:00"), at(day, "14:30")));
        assertThat(suggestions).filteredOn(suggestion -> suggestion.bundling().equals("SAME_DAY"))
                .extracting(Suggestion::startsAt).contains(at(day, "13:30"), at(day, "14:30"))
                .doesNotContain(at(day, "13:45"), at(day, "14:15"));
        List<Suggestion> otherDay = suggestions.stream().filter(suggestion -> suggestion.bundling().equals("OTHER_DAY")).toList();
        assertThat(otherDay).hasSize(30).allSatisfy(suggestion -> {
            assertThat(suggestion.sameDayAs()).isNull();
            assertThat(suggestion.minutes()).isNull();
        });
        assertThat(otherDay.getFirst().startsAt()).isEqualTo(at(day.plusDays(1), "08:00"));
        assertThat(suggestions(patient.patientId(), clinician, day, day.plusDays(1), 3))
                .isEqualTo(suggestions.subList(0, 3));
    }

    @Test
    void thePatientsCampusAppointmentsAreReplacedWholeEachTime() {
        Patient patient = support.acceptedPatient();
        LocalDate day = day();
        List<Map<String, Object>> both = List.of(
                campusAppointment("IMG-7", at(day, "15:00"), Duration.ofMinutes(45), "CT chest"),
                campusAppointment("ONC-1", at(day, "09:00"), Duration.ofHours(2), "Chemotherapy infusion"));

        putCampusAppointments(patient.patientId(), both).statusCode(200)
                .body("patientId", equalTo(patient.patientId().toString()))
                .body("appointments.id", contains("ONC-1", "IMG-7"))
                .body("appointments[0].description", equalTo("Chemotherapy infusion"))
                .body("appointments[0].receivedFrom", equalTo("test-coordinator"));
        putCampusAppointments(patient.patientId(), both).statusCode(200).body("appointments", hasSize(2));
        putCampusAppointments(patient.patientId(), List.of(both.getFirst())).statusCode(200);
        given().get("/api/patients/{id}/campus-appointments", patient.patientId()).then().statusCode(200)
                .body("appointments.id", contains("IMG-7"))
                .body("appointments[0].startsAt", equalTo(at(day, "15:00").toString()))
                .body("appointments[0].endsAt", equalTo(at(day, "15:45").toString()));

        putCampusAppointments(patient.patientId(), List.of(both.getFirst(), both.getFirst())).statusCode(422)
                .body("detail", equalTo("The id IMG-7 is sent twice"));
        putCampusAppointments(patient.patientId(), List.of(campusAppointment("BAD-1", at(day, "15:00"), Duration.ZERO, "x")))
                .statusCode(422);
        putCampusAppointments(patient.patientId(), List.of(Map.of("id", " "))).statusCode(400)
                .body("violations.pointer", contains("/appointments/0/endsAt", "/appointments/0/id", "/appointments/0/startsAt"));
        given().get("/api/patients/{id}/campus-appointments", patient.patientId()).then()
                .body("appointments.id", contains("IMG-7"));
        putCampusAppointments(patient.patientId(), List.of()).statusCode(200).body("appointments", hasSize(0));
    }

    @Test
    void aSuggestionRequestOutsideItsBoundsIsRefused() {
        Patient patient = support.acceptedPatient();
        LocalDate day = day();

        given().queryParam("visitType", "FOLLOW_UP").queryParam("from", day.toString())
                .queryParam("to", day.plusDays(40).toString())
                .get("/api/patients/{id}/slot-suggestions", patient.patientId()).then().statusCode(400);
        given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .get("/api/patients/{id}/slot-suggestions", patient.patientId()).then().statusCode(400)
                .body("violations[0].parameter", equalTo("visitType"));
        given().queryParam("visitType", "FOLLOW_UP").queryParam("from", day.toString()).queryParam("to", day.toString())
                .queryParam("limit", 0)
                .get("/api/patients/{id}/slot-suggestions", patient.patientId()).then().statusCode(400)
                .body("violations[0].parameter", equalTo("limit"));
    }

    private static List<Suggestion> suggestions(UUID patientId, String clinician, LocalDate from, LocalDate to, int limit) {
        List<Map<String, Object>> found = given().queryParam("visitType", "FOLLOW_UP").queryParam("clinician", clinician)
                .queryParam("from", from.toString()).queryParam("to", to.toString()).queryParam("limit", limit)
                .get("/api/patients/{id}/slot-suggestions", patientId).then().statusCode(200).extract().jsonPath().getList("$");
        found.forEach(suggestion -> assertThat(suggestion).containsEntry("clinician", clinician)
                .containsEntry("visitType", "FOLLOW_UP"));
        return found.stream().map(suggestion -> new Suggestion(Instant.parse((String) suggestion.get("startsAt")),
                Instant.parse((String) suggestion.get("endsAt")), (String) suggestion.get("bundling"),
                (String) suggestion.get("sameDayAs"), (Integer) suggestion.get("minutesFromOtherAppointment"))).toList();
    }
}
