package org.pallium.outpatient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.pallium.outpatient.rest.SchedulingTestSupport.at;
import static org.pallium.outpatient.rest.SchedulingTestSupport.booking;
import static org.pallium.outpatient.rest.SchedulingTestSupport.campusAppointment;
import static org.pallium.outpatient.rest.SchedulingTestSupport.clinician;
import static org.pallium.outpatient.rest.SchedulingTestSupport.day;
import static org.pallium.platform.testing.AccessChecks.as;
import static org.pallium.platform.testing.AccessChecks.auditOf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pallium.events.CareSetting;
import org.pallium.outpatient.rest.SchedulingTestSupport.Patient;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.AccessChecks;
import org.pallium.platform.testing.LocalInfrastructureResource;
import org.pallium.platform.testing.TestTokens;

/**
 * Who may book and see the clinic's appointments and a patient's campus appointments: its clinicians
 * for the patients on its census, coordinators for everyone, the EHR to send campus appointments,
 * nobody else; and the audit entry each such call leaves. The schedule holds no patient data: the
 * clinic's clinicians and coordinators read and set it, unaudited.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "outpatient"))
class SchedulingAccessTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    SchedulingTestSupport support;

    @BeforeEach
    void connect() {
        support = new SchedulingTestSupport(bootstrapServers);
    }

    @Test
    void aClinicianOfTheClinicBooksAndFollowsTheAppointmentsOfThePatientsOnItsCensus() {
        String user = user("dr-clinic");
        String token = TestTokens.as(user, Roles.CLINICIAN, Optional.of(CareSetting.OUTPATIENT));
        String clinician = clinician("Own");
        Patient patient = support.acceptedPatient();
        LocalDate day = day();
        UUID appointmentId = UUID.randomUUID();

        book(as(token), booking(appointmentId, patient.patientId(), clinician, "FOLLOW_UP", at(day, "09:00"))).statusCode(201)
                .body("booked.by", equalTo(user));
        as(token).get("/api/appointments/{id}", appointmentId).then().statusCode(200);
        as(token).queryParam("patientId", patient.patientId()).get("/api/appointments").then().body("$", hasSize(1));
        as(token).queryParam("from", day.toString()).queryParam("to", day.toString())
                .get("/api/clinicians/{id}/appointments", clinician).then().body("id", equalTo(List.of(appointmentId.toString())));
        as(token).post("/api/appointments/{id}/check-in", appointmentId).then().statusCode(200)
                .body("checkedIn.by", equalTo(user));
        putCampus(as(token), patient.patientId()).statusCode(200).body("appointments[0].receivedFrom", equalTo(user));
        as(token).get("/api/patients/{id}/campus-appointments", patient.patientId()).then().statusCode(200);
        suggestions(as(token), patient.patientId(), clinician, day).statusCode(200);

        assertThat(auditOf(user)).extracting(entry -> entry.get("request") + " " + entry.get("status") + " "
                        + entry.get("outcome") + " " + entry.get("patientId"))
                .containsExactly(
                        "GET /api/patients/" + patient.patientId() + "/slot-suggestions 200 SUCCESS " + patient.patientId(),
                        "GET /api/patients/" + patient.patientId() + "/campus-appointments 200 SUCCESS " + patient.patientId(),
                        "PUT /api/patients/" + patient.patientId() + "/campus-appointments 200 SUCCESS " + patient.patientId(),
                        "POST /api/appointments/" + appointmentId + "/check-in 200 SUCCESS " + patient.patientId(),
                        "GET /api/clinicians/" + clinician + "/appointments 200 SUCCESS null",
                        "GET /api/appointments 200 SUCCESS " + patient.patientId(),
                        "GET /api/appointments/" + appointmentId + " 200 SUCCESS " + patient.patientId(),
                        "POST /api/appointments 201 SUCCESS " + patient.patientId());
    }

    @Test
    void aClinicianOfAnotherSettingFindsTheAppointmentsAsIfThereWereNone() {
        String user = user("dr-ward");
        String ward = TestTokens.as(user, Roles.CLINICIAN, Optional.of(CareSetting.INPATIENT));
        String clinician = clinician("Theirs");
        Patient patient = support.acceptedPatient();
        LocalDate day = day();
        UUID appointmentId = UUID.randomUUID();
        book(given(), booking(appointmentId, patient.patientId(), clinician, "FOLLOW_UP", at(day, "09:00"))).statusCode(201);
        putCampus(given(), patient.patientId()).statusCode(200);

        String unknown = as(ward).get("/api/appointments/{id}", UUID.randomUUID()).then().statusCode(404).extract().asString();
        as(ward).get("/api/appointments/{id}", appointmentId).then().statusCode(404).body(equalTo(unknown));
        as(ward).queryParam("patientId", patient.patientId()).get("/api/appointments").then().statusCode(200)
                .body("$", hasSize(0));
        as(ward).queryParam("from", day.toString()).queryParam("to", day.toString())
                .get("/api/clinicians/{id}/appointments", clinician).then().statusCode(200).body("$", hasSize(0));
        book(as(ward), booking(UUID.randomUUID(), patient.patientId(), clinician, "FOLLOW_UP", at(day, "11:00")))
                .statusCode(404).body("title", equalTo("Unknown patient"));
        as(ward).contentType(ContentType.JSON).body(Map.of("reason", "Not mine"))
                .post("/api/appointments/{id}/cancellation", appointmentId).then().statusCode(404);
        as(ward).contentType(ContentType.JSON).body(Map.of("startsAt", at(day, "13:00").toString()))
                .post("/api/appointments/{id}/rescheduling", appointmentId).then().statusCode(404);
        as(ward).post("/api/appointments/{id}/no-show", appointmentId).then().statusCode(404);
        as(ward).get("/api/patients/{id}/campus-appointments", patient.patientId()).then().statusCode(404);
        putCampus(as(ward), patient.patientId()).statusCode(404);
        suggestions(as(ward), patient.patientId(), clinician, day).statusCode(404);

        given().get("/api/appointments/{id}", appointmentId).then().body("status", equalTo("BOOKED"))
                .body("startsAt", equalTo(at(day, "09:00").toString()));
        given().queryParam("patientId", patient.patientId()).get("/api/appointments").then().body("$", hasSize(1));
        given().get("/api/patients/{id}/campus-appointments", patient.patientId()).then()
                .body("appointments[0].receivedFrom", equalTo("test-coordinator"));
        assertThat(auditOf(user)).extracting(entry -> entry.get("status") + " " + entry.get("outcome") + " "
                        + entry.get("patientId"))
                .containsExactly(
                        "404 DENIED " + patient.patientId(),
                        "404 DENIED " + patient.patientId(),
                        "404 DENIED " + patient.patientId(),
                        "404 DENIED " + patient.patientId(),
                        "404 DENIED " + patient.patientId(),
                        "404 DENIED " + patient.patientId(),
                        "404 DENIED " + patient.patientId(),
                        "200 SUCCESS null",
                        "200 DENIED " + patient.patientId(),
                        "404 DENIED " + patient.patientId(),
                        "404 FAILED null");
    }

    @Test
    void theEhrSendsAnyPatientsCampusAppointmentsAndReadsNothingElse() {
        String ehr = user("ehr-springfield");
        String token = TestTokens.as(ehr, Roles.EHR_SYSTEM, Optional.empty());
        UUID notYetReferred = UUID.randomUUID();
        Patient patient = support.acceptedPatient();

        putCampus(as(token), notYetReferred).statusCode(200).body("appointments[0].receivedFrom", equalTo(ehr));
        putCampus(as(token), patient.patientId()).statusCode(200);
        as(token).get("/api/patients/{id}/campus-appointments", patient.patientId()).then().statusCode(403);
        suggestions(as(token), patient.patientId(), clinician("Ehr"), day()).statusCode(403);

        given().get("/api/patients/{id}/campus-appointments", notYetReferred).then().statusCode(200)
                .body("appointments.id", equalTo(List.of("ONC-1")));
        assertThat(auditOf(ehr)).extracting(entry -> entry.get("action") + " " + entry.get("status") + " "
                        + entry.get("outcome") + " " + entry.get("patientId"))
                .containsExactly(
                        "SEARCH 403 DENIED " + patient.patientId(),
                        "READ 403 DENIED " + patient.patientId(),
                        "UPDATE 200 SUCCESS " + patient.patientId(),
                        "UPDATE 200 SUCCESS " + notYetReferred);
    }

    @ParameterizedTest
    @ValueSource(strings = {Roles.AUDITOR, Roles.ADMIN, Roles.EHR_SYSTEM, Roles.HOME_NURSE})
    void aRoleWithoutClinicalAccessToTheClinicIsForbiddenTheAppointmentsAndTheSchedule(String role) {
        String caller = user(role);
        String forbidden = TestTokens.as(caller, role, Optional.of(CareSetting.OUTPATIENT));
        String clinician = clinician("Guarded");
        Patient patient = support.acceptedPatient();
        UUID appointmentId = UUID.randomUUID();
        LocalDate day = day();
        book(given(), booking(appointmentId, patient.patientId(), clinician, "FOLLOW_UP", at(day, "09:00"))).statusCode(201);

        book(as(forbidden), booking(UUID.randomUUID(), patient.patientId(), clinician, "FOLLOW_UP", at(day, "10:00")))
                .statusCode(403).contentType("application/problem+json");
        as(forbidden).get("/api/appointments/{id}", appointmentId).then().statusCode(403);
        as(forbidden).post("/api/appointments/{id}/check-in", appointmentId).then().statusCode(403);
        as(forbidden).get("/api/visit-types").then().statusCode(403);
        as(forbidden).contentType(ContentType.JSON).body(Map.of("blocks", List.of()))
                .put("/api/clinicians/{id}/weekly-template", clinician).then().statusCode(403);
        as(forbidden).queryParam("visitType", "FOLLOW_UP").queryParam("from", day.toString())
                .queryParam("to", day.toString()).get("/api/slots").then().statusCode(403);

        given().get("/api/appointments/{id}", appointmentId).then().body("status", equalTo("BOOKED"));
        given().get("/api/clinicians/{id}/weekly-template", clinician).then().body("blocks", hasSize(14));
        assertThat(auditOf(caller)).hasSize(3).allSatisfy(entry -> {
            assertThat(entry).containsEntry("status", 403).containsEntry("outcome", "DENIED");
            assertThat(entry.get("roles")).isEqualTo(role);
        });
    }

    @Test
    void theScheduleIsTheClinicsToSetAndLeavesNoAuditEntry() {
        String user = user("dr-clinic");
        String token = TestTokens.as(user, Roles.CLINICIAN, Optional.of(CareSetting.OUTPATIENT));
        String id = "dr-self-" + UUID.randomUUID();
        LocalDate day = day();

        as(token).contentType(ContentType.JSON).body(Map.of("name", "Dr. Self", "discipline", "NURSE_PRACTITIONER"))
                .put("/api/clinicians/{id}", id).then().statusCode(200);
        as(token).contentType(ContentType.JSON).body(Map.of("blocks", List.of(Map.of("dayOfWeek", day.getDayOfWeek().name(),
                "startsAt", "09:00", "endsAt", "10:00")))).put("/api/clinicians/{id}/weekly-template", id).then().statusCode(200);
        as(token).contentType(ContentType.JSON).body(Map.of("clinician", id, "kind", "OTHER",
                        "startsAt", at(day, "09:30").toString(), "endsAt", at(day, "10:00").toString()))
                .post("/api/schedule-exceptions").then().statusCode(201);
        as(token).queryParam("clinician", id).queryParam("visitType", "FOLLOW_UP").queryParam("from", day.toString())
                .queryParam("to", day.toString()).get("/api/slots").then().statusCode(200)
                .body("startsAt", equalTo(List.of(at(day, "09:00").toString())));
        as(token).get("/api/visit-types").then().statusCode(200);

        assertThat(auditOf(user)).isEmpty();
    }

    @Test
    void aCallWithoutAValidTokenIsUnauthorizedAndRecorded() {
        AccessChecks.refusesEveryBadTokenAndRecordsIt("/api/appointments/" + UUID.randomUUID());
    }

    private static ValidatableResponse book(RequestSpecification caller, Map<String, Object> booking) {
        return caller.contentType(ContentType.JSON).body(booking).post("/api/appointments").then();
    }

    private static ValidatableResponse putCampus(RequestSpecification caller, UUID patientId) {
        return caller.contentType(ContentType.JSON).body(Map.of("appointments", List.of(campusAppointment("ONC-1",
                at(day(), "13:00"), Duration.ofHours(1), "Chemotherapy infusion"))))
                .put("/api/patients/{id}/campus-appointments", patientId).then();
    }

    private static ValidatableResponse suggestions(RequestSpecification caller, UUID patientId, String clinician, LocalDate day) {
        return caller.queryParam("visitType", "FOLLOW_UP").queryParam("clinician", clinician)
                .queryParam("from", day.toString()).queryParam("to", day.toString())
                .get("/api/patients/{id}/slot-suggestions", patientId).then();
    }

    private static String user(String name) {
        return name + "-" + UUID.randomUUID();
    }
}
