package org.pallium.outpatient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.pallium.outpatient.rest.SchedulingTestSupport.at;
import static org.pallium.outpatient.rest.SchedulingTestSupport.book;
import static org.pallium.outpatient.rest.SchedulingTestSupport.clinician;
import static org.pallium.outpatient.rest.SchedulingTestSupport.day;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
import org.pallium.platform.testing.LocalInfrastructureResource;

/** The clinic's schedule: visit types, clinicians and their weekly hours, exceptions, and the free-slot search. */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "outpatient"))
class ScheduleTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    SchedulingTestSupport support;

    @BeforeEach
    void connect() {
        support = new SchedulingTestSupport(bootstrapServers);
    }

    @Test
    void eachVisitTypeHasItsConfiguredDuration() {
        given().get("/api/visit-types").then().statusCode(200)
                .body("visitType", contains("NEW_PATIENT", "FOLLOW_UP", "SYMPTOM_FOCUSED", "ADVANCE_CARE_PLANNING",
                        "FAMILY_MEETING", "VIDEO_VISIT"))
                .body("durationMinutes", contains(60, 30, 30, 60, 60, 30))
                .body("encounterClass", contains("AMB", "AMB", "AMB", "AMB", "AMB", "VR"));
    }

    @Test
    void aClinicianKeepsTheirWeeklyTemplateUntilItIsReplaced() {
        String id = "dr-template-" + UUID.randomUUID();
        saveClinician(id, "Dr. Ira Byock", "PHYSICIAN").statusCode(200)
                .body("id", equalTo(id)).body("weeklyTemplate.blocks", hasSize(0))
                .body("weeklyTemplate.zone", equalTo("America/Chicago"));
        List<Map<String, String>> template = List.of(block("THURSDAY", "13:00", "17:00"), block("MONDAY", "12:00", "16:00"),
                block("MONDAY", "08:30", "12:00"));

        setTemplate(id, template).statusCode(200)
                .body("blocks.dayOfWeek", contains("MONDAY", "MONDAY", "THURSDAY"))
                .body("blocks.startsAt", contains("08:30", "12:00", "13:00"))
                .body("blocks.endsAt", contains("12:00", "16:00", "17:00"));
        setTemplate(id, template).statusCode(200).body("blocks", hasSize(3));
        saveClinician(id, "Dr. Ira R. Byock", "NURSE_PRACTITIONER").statusCode(200).body("weeklyTemplate.blocks", hasSize(3));

        given().get("/api/clinicians/{id}", id).then().statusCode(200)
                .body("name", equalTo("Dr. Ira R. Byock")).body("discipline", equalTo("NURSE_PRACTITIONER"))
                .body("weeklyTemplate.blocks[1].startsAt", equalTo("12:00"));
        given().get("/api/clinicians/{id}/weekly-template", id).then().statusCode(200)
                .body("clinician", equalTo(id)).body("blocks", hasSize(3));
        given().get("/api/clinicians").then().statusCode(200).body("id", hasItem(id));
        setTemplate(id, List.of()).statusCode(200).body("blocks", hasSize(0));
    }

    @Test
    void anInvalidTemplateOrClinicianIsRefusedAndChangesNothing() {
        String id = clinician("Doyle");

        setTemplate(id, List.of(block("MONDAY", "09:00", "12:00"), block("MONDAY", "11:30", "13:00"))).statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("The blocks MONDAY 09:00-12:00 and MONDAY 11:30-13:00 overlap"));
        setTemplate(id, List.of(block("FRIDAY", "12:00", "09:00"))).statusCode(422)
                .body("detail", equalTo("The block FRIDAY 12:00-09:00 does not end after it starts"));
        setTemplate(id, List.of(Map.of("dayOfWeek", "FUNDAY", "startsAt", "09:00", "endsAt", "10:00"))).statusCode(400);
        setTemplate(id, List.of(Map.of("dayOfWeek", "MONDAY"))).statusCode(400)
                .body("violations.pointer", contains("/blocks/0/endsAt", "/blocks/0/startsAt"));
        setTemplate("dr-nobody-" + UUID.randomUUID(), List.of(block("MONDAY", "09:00", "10:00"))).statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("name", " ")).put("/api/clinicians/{id}", id).then()
                .statusCode(400).body("violations.pointer", contains("/discipline", "/name"));
        given().get("/api/clinicians/{id}", "dr-nobody").then().statusCode(404);

        given().get("/api/clinicians/{id}/weekly-template", id).then().body("blocks", hasSize(14));
    }

    @Test
    void anExceptionIsRecordedOnceListedUntilItEndsAndWithdrawn() {
        String clinician = clinician("Cicely");
        LocalDate day = day();
        UUID leaveId = UUID.randomUUID();
        Map<String, Object> leave = Map.of("id", leaveId, "clinician", clinician, "kind", "LEAVE",
                "startsAt", at(day, "00:00").toString(), "endsAt", at(day.plusDays(3), "00:00").toString(), "note", "Annual leave");

        given().contentType(ContentType.JSON).body(leave).post("/api/schedule-exceptions").then().statusCode(201)
                .header("Location", endsWith("/api/schedule-exceptions/" + leaveId))
                .body("clinician", equalTo(clinician)).body("kind", equalTo("LEAVE"))
                .body("recordedBy", equalTo("test-coordinator"));
        given().contentType(ContentType.JSON).body(leave).post("/api/schedule-exceptions").then().statusCode(200)
                .body("id", equalTo(leaveId.toString()));
        given().queryParam("clinician", clinician).get("/api/schedule-exceptions").then().statusCode(200)
                .body("id", hasItem(leaveId.toString()))
                .body("findAll { it.clinician != null }.clinician", org.hamcrest.Matchers.everyItem(equalTo(clinician)));
        given().queryParam("clinician", clinician("Other")).get("/api/schedule-exceptions").then()
                .body("id", not(hasItem(leaveId.toString())));
        assertThat(slots(clinician, "FOLLOW_UP", day, day.plusDays(3))).extracting(slot -> slot.get("startsAt"))
                .allSatisfy(start -> assertThat(Instant.parse(start)).isAfterOrEqualTo(at(day.plusDays(3), "00:00")));

        given().delete("/api/schedule-exceptions/{id}", leaveId).then().statusCode(204);
        given().delete("/api/schedule-exceptions/{id}", leaveId).then().statusCode(204);
        given().get("/api/schedule-exceptions/{id}", leaveId).then().statusCode(404);
        assertThat(slots(clinician, "FOLLOW_UP", day, day)).isNotEmpty();
    }

    @Test
    void anInvalidExceptionIsRefused() {
        LocalDate day = day();
        Map<String, Object> backwards = Map.of("kind", "OTHER", "startsAt", at(day, "12:00").toString(),
                "endsAt", at(day, "09:00").toString());
        given().contentType(ContentType.JSON).body(backwards).post("/api/schedule-exceptions").then().statusCode(422)
                .body("detail", equalTo("endsAt must be after startsAt"));
        given().contentType(ContentType.JSON).body(Map.of("clinician", "dr-nobody", "kind", "LEAVE",
                        "startsAt", at(day, "09:00").toString(), "endsAt", at(day, "12:00").toString()))
                .post("/api/schedule-exceptions").then().statusCode(422).body("title", equalTo("Unknown clinician"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "SABBATICAL")).post("/api/schedule-exceptions").then()
                .statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/schedule-exceptions").then().statusCode(400)
                .body("violations.pointer", contains("/endsAt", "/kind", "/startsAt"));
    }

    @Test
    void freeSlotsLieOnTheGridWithinTheHoursAroundAppointmentsAndExceptions() {
        String id = "dr-slots-" + UUID.randomUUID();
        saveClinician(id, "Dr. Slots", "PHYSICIAN").statusCode(200);
        setTemplate(id, List.of(block("MONDAY", "09:00", "10:30"))).statusCode(200);
        LocalDate monday = day().with(TemporalAdjusters.next(DayOfWeek.MONDAY));

        assertThat(starts(slots(id, "FOLLOW_UP", monday.minusDays(2), monday.plusDays(4))))
                .containsExactly(at(monday, "09:00"), at(monday, "09:15"), at(monday, "09:30"), at(monday, "09:45"),
                        at(monday, "10:00"));
        assertThat(starts(slots(id, "NEW_PATIENT", monday, monday)))
                .containsExactly(at(monday, "09:00"), at(monday, "09:15"), at(monday, "09:30"));
        book(UUID.randomUUID(), support.acceptedPatient().patientId(), id, "FOLLOW_UP", at(monday, "09:30")).statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("clinician", id, "kind", "OTHER",
                        "startsAt", at(monday, "10:15").toString(), "endsAt", at(monday, "11:00").toString(),
                        "note", "Team meeting"))
                .post("/api/schedule-exceptions").then().statusCode(201);

        List<Map<String, String>> free = slots(id, "FOLLOW_UP", monday, monday);
        assertThat(starts(free)).containsExactly(at(monday, "09:00"));
        assertThat(free.getFirst()).containsEntry("clinician", id).containsEntry("clinicianName", "Dr. Slots")
                .containsEntry("visitType", "FOLLOW_UP").containsEntry("endsAt", at(monday, "09:30").toString());
    }

    @Test
    void aClinicHolidayClosesEveryClinicianForTheDay() {
        String first = clinician("Alpha");
        String second = clinician("Beta");
        LocalDate holiday = SchedulingTestSupport.clinicHoliday();
        given().contentType(ContentType.JSON).body(Map.of("kind", "HOLIDAY", "startsAt", at(holiday, "00:00").toString(),
                        "endsAt", at(holiday.plusDays(1), "00:00").toString(), "note", "Independence Day"))
                .post("/api/schedule-exceptions").then().statusCode(201).body("clinician", nullValue());

        List<Map<String, String>> free = given().queryParam("clinician", first, second).queryParam("visitType", "NEW_PATIENT")
                .queryParam("from", holiday.toString()).queryParam("to", holiday.plusDays(1).toString())
                .get("/api/slots").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(free).isNotEmpty().allSatisfy(slot -> assertThat(Instant.parse(slot.get("startsAt")))
                .isAfterOrEqualTo(at(holiday.plusDays(1), "00:00")));
        assertThat(free).extracting(slot -> slot.get("clinician")).containsOnly(first, second);
        assertThat(free.subList(0, 2)).extracting(slot -> slot.get("clinicianName")).containsExactly("Dr. Alpha", "Dr. Beta");
    }

    @Test
    void aSlotSearchOutsideItsBoundsIsRefused() {
        String id = clinician("Bounds");
        LocalDate day = day();

        slotSearch(id, "FOLLOW_UP", day.toString(), day.plusDays(31).toString()).statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The range covers 32 days; at most 31 are searched at once"));
        slotSearch(id, "FOLLOW_UP", day.toString(), day.minusDays(1).toString()).statusCode(400);
        slotSearch(id, "FOLLOW_UP", null, day.toString()).statusCode(400);
        slotSearch(id, "FOLLOW_UP", "next-monday", day.toString()).statusCode(400)
                .body("detail", equalTo("from next-monday is not a day (yyyy-MM-dd)"));
        slotSearch(id, "HOUSE_CALL", day.toString(), day.toString()).statusCode(400)
                .body("title", equalTo("Unknown visit type"));
        slotSearch(id, null, day.toString(), day.toString()).statusCode(400)
                .body("violations[0].parameter", equalTo("visitType"));
        slotSearch("dr-nobody", "FOLLOW_UP", day.toString(), day.toString()).statusCode(422)
                .body("title", equalTo("Unknown clinician"));
        slotSearch(id, "FOLLOW_UP", day.toString(), day.plusDays(30).toString()).statusCode(200);
    }

    private static ValidatableResponse saveClinician(String id, String name, String discipline) {
        return given().contentType(ContentType.JSON).body(Map.of("name", name, "discipline", discipline))
                .put("/api/clinicians/{id}", id).then();
    }

    private static ValidatableResponse setTemplate(String id, List<Map<String, String>> blocks) {
        return given().contentType(ContentType.JSON).body(Map.of("blocks", blocks))
                .put("/api/clinicians/{id}/weekly-template", id).then();
    }

    private static Map<String, String> block(String day, String start, String end) {
        return Map.of("dayOfWeek", day, "startsAt", start, "endsAt", end);
    }

    private static ValidatableResponse slotSearch(String clinician, String visitType, String from, String to) {
        var request = given().queryParam("clinician", clinician);
        if (visitType != null) {
            request.queryParam("visitType", visitType);
        }
        if (from != null) {
            request.queryParam("from", from);
        }
        return request.queryParam("to", to).get("/api/slots").then();
    }

    private static List<Map<String, String>> slots(String clinician, String visitType, LocalDate from, LocalDate to) {
        return slotSearch(clinician, visitType, from.toString(), to.toString()).statusCode(200).extract().jsonPath()
                .getList("$");
    }

    private static List<Instant> starts(List<Map<String, String>> slots) {
        return slots.stream().map(slot -> Instant.parse(slot.get("startsAt"))).toList();
    }
}
