package org.pallium.outpatient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.pallium.outpatient.rest.SchedulingTestSupport.at;
import static org.pallium.outpatient.rest.SchedulingTestSupport.book;
import static org.pallium.outpatient.rest.SchedulingTestSupport.booking;
import static org.pallium.outpatient.rest.SchedulingTestSupport.campusAppointment;
import static org.pallium.outpatient.rest.SchedulingTestSupport.clinician;
import static org.pallium.outpatient.rest.SchedulingTestSupport.day;
import static org.pallium.outpatient.rest.SchedulingTestSupport.putCampusAppointments;
import static org.pallium.outpatient.rest.SchedulingTestSupport.step;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.pallium.events.AppointmentBooked;
import org.pallium.events.AppointmentCancelled;
import org.pallium.events.AppointmentMissed;
import org.pallium.events.AppointmentRescheduled;
import org.pallium.events.CareSetting;
import org.pallium.events.PalliumEvent;
import org.pallium.events.ReferralScheduled;
import org.pallium.events.Topic;
import org.pallium.outpatient.rest.SchedulingTestSupport.Patient;
import org.pallium.platform.testing.LocalInfrastructureResource;

/** Booking the clinic's appointments, each step after it, what is refused and why, and what is published. */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "outpatient"))
class AppointmentTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    SchedulingTestSupport support;

    @BeforeEach
    void connect() {
        support = new SchedulingTestSupport(bootstrapServers);
    }

    @Test
    void theFirstAppointmentIsBookedOnceAndSchedulesTheReferral() {
        String clinician = clinician("Saunders");
        Patient patient = support.acceptedPatient();
        UUID appointmentId = UUID.randomUUID();
        Instant start = at(day(), "09:30");

        book(appointmentId, patient.patientId(), clinician, "NEW_PATIENT", start).statusCode(201)
                .header("Location", endsWith("/api/appointments/" + appointmentId))
                .body("patientId", equalTo(patient.patientId().toString()))
                .body("referralId", equalTo(patient.referralId().toString()))
                .body("clinician", equalTo(clinician))
                .body("visitType", equalTo("NEW_PATIENT"))
                .body("encounterClass", equalTo("AMB"))
                .body("startsAt", equalTo(start.toString()))
                .body("endsAt", equalTo(start.plus(60, ChronoUnit.MINUTES).toString()))
                .body("status", equalTo("BOOKED"))
                .body("booked.by", equalTo("test-coordinator"))
                .body("cancelled", nullValue());
        book(appointmentId, patient.patientId(), clinician, "NEW_PATIENT", start).statusCode(200)
                .body("id", equalTo(appointmentId.toString()));
        UUID followUp = UUID.randomUUID();
        book(followUp, patient.patientId(), clinician, "FOLLOW_UP", start.plus(1, ChronoUnit.DAYS)).statusCode(201);

        given().get("/api/referrals/{id}", patient.referralId()).then().statusCode(200)
                .body("lifecycle.status", equalTo("SCHEDULED"))
                .body("lifecycle.scheduled.firstVisitAt", equalTo(start.toString()));
        given().queryParam("patientId", patient.patientId()).get("/api/appointments").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.contains(appointmentId.toString(), followUp.toString()));
        List<PalliumEvent> care = support.eventsOf(patient.patientId(), Topic.CARE_EVENTS, events -> events.size() >= 2);
        assertThat(care).hasSize(2).allSatisfy(event -> assertThat(event).isInstanceOf(AppointmentBooked.class));
        AppointmentBooked booked = (AppointmentBooked) care.getFirst();
        assertThat(booked.appointmentId()).isEqualTo(appointmentId);
        assertThat(booked.setting()).isEqualTo(CareSetting.OUTPATIENT);
        assertThat(booked.clinician()).isEqualTo(clinician);
        assertThat(booked.visitType()).isEqualTo("NEW_PATIENT");
        assertThat(booked.startsAt()).isEqualTo(start);
        assertThat(booked.endsAt()).isEqualTo(start.plus(60, ChronoUnit.MINUTES));
        assertThat(booked.bookedBy()).isEqualTo("test-coordinator");
        List<PalliumEvent> scheduled = support.eventsOf(patient.patientId(), Topic.REFERRAL_EVENTS,
                events -> events.stream().anyMatch(ReferralScheduled.class::isInstance));
        assertThat(scheduled).filteredOn(ReferralScheduled.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((ReferralScheduled) event).firstVisitAt()).isEqualTo(start));
    }

    @Test
    void anAppointmentIsRescheduledCheckedInAndCompletedAndEachRepeatedStepChangesNothing() {
        String clinician = clinician("Mount");
        String colleague = clinician("Kubler");
        Patient patient = support.acceptedPatient();
        UUID appointmentId = UUID.randomUUID();
        LocalDate day = day();
        Instant start = at(day, "10:00");
        book(appointmentId, patient.patientId(), clinician, "SYMPTOM_FOCUSED", start).statusCode(201);
        Instant later = at(day, "14:15");

        Map<String, Object> move = Map.of("startsAt", later.toString(), "clinician", colleague);
        step(appointmentId, "rescheduling", move).statusCode(200)
                .body("clinician", equalTo(colleague))
                .body("startsAt", equalTo(later.toString()))
                .body("endsAt", equalTo(later.plus(30, ChronoUnit.MINUTES).toString()))
                .body("rescheduled.by", equalTo("test-coordinator"));
        step(appointmentId, "rescheduling", move).statusCode(200).body("startsAt", equalTo(later.toString()));
        step(appointmentId, "check-in").statusCode(200).body("status", equalTo("CHECKED_IN"));
        step(appointmentId, "check-in").statusCode(200).body("status", equalTo("CHECKED_IN"));
        step(appointmentId, "completion").statusCode(200).body("status", equalTo("COMPLETED"))
                .body("checkedIn.by", equalTo("test-coordinator"))
                .body("completed.at", org.hamcrest.Matchers.notNullValue());
        step(appointmentId, "completion").statusCode(200).body("status", equalTo("COMPLETED"));

        step(appointmentId, "rescheduling", Map.of("startsAt", at(day, "15:00").toString())).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("The appointment is COMPLETED: it cannot be rescheduled"));
        step(appointmentId, "cancellation", Map.of("reason", "Too late")).statusCode(409);
        step(appointmentId, "no-show").statusCode(409);
        step(appointmentId, "check-in").statusCode(409);
        UUID marker = UUID.randomUUID();
        book(marker, patient.patientId(), clinician, "FOLLOW_UP", at(day.plusDays(1), "09:00")).statusCode(201);
        List<PalliumEvent> care = support.eventsOf(patient.patientId(), Topic.CARE_EVENTS,
                events -> events.stream().anyMatch(event -> event instanceof AppointmentBooked booked
                        && booked.appointmentId().equals(marker)));
        assertThat(care).extracting(event -> (Object) event.getClass())
                .containsExactly(AppointmentBooked.class, AppointmentRescheduled.class, AppointmentBooked.class);
        AppointmentRescheduled rescheduled = (AppointmentRescheduled) care.get(1);
        assertThat(rescheduled.previousStartsAt()).isEqualTo(start);
        assertThat(rescheduled.startsAt()).isEqualTo(later);
        assertThat(rescheduled.clinician()).isEqualTo(colleague);
    }

    @Test
    void aCancelledOrMissedAppointmentFreesItsTimeAndIsPublishedOnce() {
        String clinician = clinician("Twycross");
        List<Patient> patients = support.acceptedPatients(2);
        UUID patientId = patients.getFirst().patientId();
        LocalDate day = day();
        UUID cancelled = UUID.randomUUID();
        UUID missed = UUID.randomUUID();
        book(cancelled, patientId, clinician, "FOLLOW_UP", at(day, "09:00")).statusCode(201);
        book(missed, patientId, clinician, "FOLLOW_UP", at(day, "11:00")).statusCode(201);

        step(cancelled, "cancellation", Map.of("reason", "Admitted to hospital")).statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelled.reason", equalTo("Admitted to hospital"))
                .body("cancelled.by", equalTo("test-coordinator"));
        step(cancelled, "cancellation", Map.of("reason", "Another reason")).statusCode(200)
                .body("cancelled.reason", equalTo("Admitted to hospital"));
        step(missed, "no-show").statusCode(200).body("status", equalTo("MISSED")).body("missed.by", equalTo("test-coordinator"));
        step(missed, "no-show").statusCode(200);
        step(missed, "check-in").statusCode(409).body("detail", equalTo("The appointment is MISSED: it cannot be checked in"));
        step(cancelled, "completion").statusCode(409);

        UUID other = patients.get(1).patientId();
        book(UUID.randomUUID(), other, clinician, "FOLLOW_UP", at(day, "09:00")).statusCode(201);
        book(UUID.randomUUID(), other, clinician, "FOLLOW_UP", at(day, "11:00")).statusCode(201);
        UUID marker = UUID.randomUUID();
        book(marker, patientId, clinician, "FOLLOW_UP", at(day, "09:00").plus(1, ChronoUnit.DAYS)).statusCode(201);
        List<PalliumEvent> care = support.eventsOf(patientId, Topic.CARE_EVENTS,
                events -> events.stream().anyMatch(event -> event instanceof AppointmentBooked booked
                        && booked.appointmentId().equals(marker)));
        assertThat(care).extracting(event -> (Object) event.getClass()).containsExactly(AppointmentBooked.class,
                AppointmentBooked.class, AppointmentCancelled.class, AppointmentMissed.class, AppointmentBooked.class);
        AppointmentCancelled cancellation = (AppointmentCancelled) care.get(2);
        assertThat(cancellation.appointmentId()).isEqualTo(cancelled);
        assertThat(cancellation.reason()).isEqualTo("Admitted to hospital");
        assertThat(cancellation.startsAt()).isEqualTo(at(day, "09:00"));
        AppointmentMissed noShow = (AppointmentMissed) care.get(3);
        assertThat(noShow.appointmentId()).isEqualTo(missed);
        assertThat(noShow.startsAt()).isEqualTo(at(day, "11:00"));
        assertThat(noShow.recordedBy()).isEqualTo("test-coordinator");
    }

    @Test
    void aBookingOutsideTheHoursOnLeaveOrOnAClinicHolidayIsRefusedNamingWhy() {
        String clinician = clinician("Cassidy");
        Patient patient = support.acceptedPatient();
        LocalDate day = day();
        LocalDate holiday = SchedulingTestSupport.clinicHoliday();
        record(Map.of("clinician", clinician, "kind", "LEAVE", "startsAt", at(day, "13:00").toString(),
                "endsAt", at(day.plusDays(1), "00:00").toString(), "note", "Conference"));
        record(Map.of("kind", "HOLIDAY", "startsAt", at(holiday, "00:00").toString(),
                "endsAt", at(holiday.plusDays(1), "00:00").toString(), "note", "Clinic closed"));

        book(UUID.randomUUID(), patient.patientId(), clinician, "FOLLOW_UP", at(day, "07:45")).statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Outside the clinician's hours"))
                .body("detail", containsString("08:00-12:00, 13:00-17:00 (America/Chicago)"));
        book(UUID.randomUUID(), patient.patientId(), clinician, "NEW_PATIENT", at(day, "11:30")).statusCode(422)
                .body("title", equalTo("Outside the clinician's hours"));
        book(UUID.randomUUID(), patient.patientId(), clinician, "FOLLOW_UP", at(day, "14:00")).statusCode(422)
                .body("title", equalTo("Clinician unavailable"))
                .body("detail", containsString("away (LEAVE)"));
        book(UUID.randomUUID(), patient.patientId(), clinician, "FOLLOW_UP", at(holiday, "10:00")).statusCode(422)
                .body("title", equalTo("Clinic closed"))
                .body("detail", containsString("(HOLIDAY)"));
        book(UUID.randomUUID(), patient.patientId(), "dr-nobody", "FOLLOW_UP", at(day, "10:00")).statusCode(422)
                .body("title", equalTo("Unknown clinician"));
        book(UUID.randomUUID(), patient.patientId(), clinician, "FOLLOW_UP", Instant.now().minus(1, ChronoUnit.HOURS))
                .statusCode(422).body("title", equalTo("Appointment in the past"));

        given().queryParam("patientId", patient.patientId()).get("/api/appointments").then().body("$", hasSize(0));
        book(UUID.randomUUID(), patient.patientId(), clinician, "NEW_PATIENT", at(day, "11:00")).statusCode(201);
        given().get("/api/referrals/{id}", patient.referralId()).then().body("lifecycle.status", equalTo("SCHEDULED"));
    }

    @Test
    void aPatientWithoutAnOpenReferralIsNotBooked() {
        String clinician = clinician("Parkes");
        Patient waiting = support.receivedPatients(1).getFirst();

        book(UUID.randomUUID(), waiting.patientId(), clinician, "NEW_PATIENT", at(day(), "09:00")).statusCode(422)
                .body("title", equalTo("Patient not referred to the clinic"));
        book(UUID.randomUUID(), UUID.randomUUID(), clinician, "NEW_PATIENT", at(day(), "09:00")).statusCode(422);

        given().get("/api/referrals/{id}", waiting.referralId()).then().body("lifecycle.status", equalTo("RECEIVED"));
    }

    @Test
    void anInvalidRequestIsRefusedWithEveryProblemNamed() {
        String clinician = clinician("Hinton");
        Patient patient = support.acceptedPatient();
        UUID appointmentId = UUID.randomUUID();
        book(appointmentId, patient.patientId(), clinician, "FOLLOW_UP", at(day(), "09:00")).statusCode(201);

        given().contentType(ContentType.JSON).body(Map.of("clinician", " ")).post("/api/appointments").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.pointer", containsInAnyOrder("/clinician", "/patientId", "/startsAt", "/visitType"));
        Map<String, Object> houseCall = booking(UUID.randomUUID(), patient.patientId(), clinician, "HOUSE_CALL",
                at(day(), "09:00"));
        given().contentType(ContentType.JSON).body(houseCall).post("/api/appointments").then()
                .statusCode(400).body("violations[0].pointer", equalTo("/visitType"));
        step(appointmentId, "cancellation", Map.of()).statusCode(400).body("violations[0].pointer", equalTo("/reason"));
        step(appointmentId, "cancellation", Map.of("reason", " ")).statusCode(400);
        step(appointmentId, "rescheduling", Map.of()).statusCode(400).body("violations[0].pointer", equalTo("/startsAt"));
        step(UUID.randomUUID(), "check-in").statusCode(404).contentType("application/problem+json");
        given().get("/api/appointments").then().statusCode(400).body("violations[0].parameter", equalTo("patientId"));

        given().get("/api/appointments/{id}", appointmentId).then().statusCode(200).body("status", equalTo("BOOKED"));
    }

    @Test
    void anAppointmentIdOfAnotherPatientIsAConflict() {
        String clinician = clinician("Lamerton");
        List<Patient> patients = support.acceptedPatients(2);
        UUID appointmentId = UUID.randomUUID();
        LocalDate day = day();
        book(appointmentId, patients.get(0).patientId(), clinician, "FOLLOW_UP", at(day, "09:00")).statusCode(201);

        book(appointmentId, patients.get(1).patientId(), clinician, "FOLLOW_UP", at(day, "10:00")).statusCode(409)
                .body("title", equalTo("Appointment id in use"));

        given().get("/api/appointments/{id}", appointmentId).then()
                .body("patientId", equalTo(patients.get(0).patientId().toString()));
    }

    @Test
    void theClinicianOrThePatientBookedAtThatTimeOrThePatientBusyOnCampusIsAConflictNamingIt() {
        String clinician = clinician("Wald");
        String colleague = clinician("Ferrell");
        List<Patient> patients = support.acceptedPatients(2);
        UUID first = patients.get(0).patientId();
        UUID second = patients.get(1).patientId();
        LocalDate day = day();
        UUID held = UUID.randomUUID();
        book(held, first, clinician, "NEW_PATIENT", at(day, "09:00")).statusCode(201);
        putCampusAppointments(second, List.of(campusAppointment("ONC-1", at(day, "13:00"), Duration.ofHours(2),
                "Chemotherapy infusion"))).statusCode(200);

        book(UUID.randomUUID(), second, clinician, "FOLLOW_UP", at(day, "09:30")).statusCode(409)
                .body("title", equalTo("Clinician already booked"))
                .body("detail", equalTo("Clinician " + clinician + " is booked at that time: appointment " + held));
        book(UUID.randomUUID(), first, colleague, "FOLLOW_UP", at(day, "09:45")).statusCode(409)
                .body("title", equalTo("Patient already booked"))
                .body("detail", equalTo("The patient has appointment " + held + " from " + at(day, "09:00") + " to "
                        + at(day, "10:00")));
        book(UUID.randomUUID(), second, colleague, "FOLLOW_UP", at(day, "14:30")).statusCode(409)
                .body("title", equalTo("Patient busy on campus"))
                .body("detail", equalTo("The patient has campus appointment ONC-1 from " + at(day, "13:00") + " to "
                        + at(day, "15:00")));
        UUID moved = UUID.randomUUID();
        book(moved, second, colleague, "FOLLOW_UP", at(day, "10:00")).statusCode(201);
        step(moved, "rescheduling", Map.of("startsAt", at(day, "09:30").toString(), "clinician", clinician)).statusCode(409)
                .body("detail", equalTo("Clinician " + clinician + " is booked at that time: appointment " + held));

        book(UUID.randomUUID(), second, clinician, "FOLLOW_UP", at(day, "10:00")).statusCode(409)
                .body("title", equalTo("Patient already booked"));
        book(UUID.randomUUID(), second, clinician, "FOLLOW_UP", at(day, "10:30")).statusCode(201);
        step(held, "cancellation", Map.of("reason", "Feeling too unwell to travel")).statusCode(200);
        book(UUID.randomUUID(), second, clinician, "FOLLOW_UP", at(day, "09:00")).statusCode(201);
    }

    private static void record(Map<String, Object> exception) {
        given().contentType(ContentType.JSON).body(exception).post("/api/schedule-exceptions").then().statusCode(201);
    }
}
