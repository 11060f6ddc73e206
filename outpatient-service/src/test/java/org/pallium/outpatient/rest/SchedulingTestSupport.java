package org.pallium.outpatient.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.pallium.events.CareSetting;
import org.pallium.events.PalliumEvent;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.Topic;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.SampleReferrals;

/**
 * Clinicians with hours, patients referred and accepted the way the gateway routes them, and
 * appointments, for the scheduling tests. They all share one clinic and one database: each test
 * books its own clinicians and patients, and only the holiday test closes the whole clinic, on days
 * of its own (see {@link #clinicHoliday()}).
 */
final class SchedulingTestSupport {

    static final URI GATEWAY = URI.create("/pallium/referral-gateway");
    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** pallium.clinic.zone in application.properties. */
    static final ZoneId CLINIC = ZoneId.of("America/Chicago");

    private final KafkaEvents kafka;

    SchedulingTestSupport(String bootstrapServers) {
        this.kafka = new KafkaEvents(bootstrapServers);
    }

    record Patient(UUID patientId, UUID referralId) {
    }

    /**
     * A day some weeks ahead, never a day {@link #clinicHoliday()} closes, so that no test's clinic-wide
     * holiday takes another test's slots.
     */
    static LocalDate day() {
        return LocalDate.now(CLINIC).plusDays(ThreadLocalRandom.current().nextInt(7, 300));
    }

    /** A day far ahead, apart from {@link #day()}'s, for a test to close the whole clinic on. */
    static LocalDate clinicHoliday() {
        return LocalDate.now(CLINIC).plusDays(ThreadLocalRandom.current().nextInt(400, 3000));
    }

    static Instant at(LocalDate day, String localTime) {
        return ZonedDateTime.of(day, LocalTime.parse(localTime), CLINIC).toInstant();
    }

    /** A new clinician with hours every day of the week, 08:00-12:00 and 13:00-17:00. */
    static String clinician(String name) {
        String id = "dr-" + name.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("name", "Dr. " + name, "discipline", "PHYSICIAN"))
                .put("/api/clinicians/{id}", id).then().statusCode(200);
        List<Map<String, String>> blocks = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            blocks.add(Map.of("dayOfWeek", day, "startsAt", "08:00", "endsAt", "12:00"));
            blocks.add(Map.of("dayOfWeek", day, "startsAt", "13:00", "endsAt", "17:00"));
        }
        given().contentType(ContentType.JSON).body(Map.of("blocks", blocks))
                .put("/api/clinicians/{id}/weekly-template", id).then().statusCode(200);
        return id;
    }

    /** A new patient whose referral to the clinic was received and accepted. */
    Patient acceptedPatient() {
        return acceptedPatients(1).getFirst();
    }

    /** New patients, each with a referral to the clinic that was received and accepted. */
    List<Patient> acceptedPatients(int count) {
        List<Patient> patients = receivedPatients(count);
        patients.forEach(patient -> given().contentType(ContentType.JSON).body(Map.of("clinician", "Dr. Helen Park"))
                .post("/api/referrals/{id}/acceptance", patient.referralId()).then().statusCode(200));
        return patients;
    }

    /** New patients, each with a referral to the clinic that was received and is still to triage. */
    List<Patient> receivedPatients(int count) {
        List<ReferralSubmitted> referrals = IntStream.range(0, count)
                .mapToObj(i -> SampleReferrals.submitted(CareSetting.OUTPATIENT, UUID.randomUUID(), "Uncontrolled pain"))
                .toList();
        referrals.forEach(referral -> kafka.publish(GATEWAY, referral));
        for (ReferralSubmitted referral : referrals) {
            await().atMost(PATIENCE).until(() -> given().get("/api/referrals/{id}", referral.referralId()).then().extract()
                    .statusCode(), status -> status == 200);
        }
        return referrals.stream().map(referral -> new Patient(referral.patientId(), referral.referralId())).toList();
    }

    static Map<String, Object> booking(UUID appointmentId, UUID patientId, String clinician, String visitType, Instant start) {
        return new HashMap<>(Map.of("id", appointmentId, "patientId", patientId, "clinician", clinician,
                "visitType", visitType, "startsAt", start.toString()));
    }

    static ValidatableResponse book(UUID appointmentId, UUID patientId, String clinician, String visitType, Instant start) {
        return given().contentType(ContentType.JSON).body(booking(appointmentId, patientId, clinician, visitType, start))
                .post("/api/appointments").then();
    }

    static ValidatableResponse step(UUID appointmentId, String step, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/appointments/{id}/" + step, appointmentId).then();
    }

    static ValidatableResponse step(UUID appointmentId, String step) {
        return given().post("/api/appointments/{id}/" + step, appointmentId).then();
    }

    static ValidatableResponse putCampusAppointments(UUID patientId, List<Map<String, Object>> appointments) {
        return given().contentType(ContentType.JSON).body(Map.of("appointments", appointments))
                .put("/api/patients/{id}/campus-appointments", patientId).then();
    }

    static Map<String, Object> campusAppointment(String ehrId, Instant start, Duration length, String description) {
        return Map.of("id", ehrId, "startsAt", start.toString(), "endsAt", start.plus(length).toString(),
                "description", description, "location", "Cancer Center, 2nd floor");
    }

    /** The patient's events on the topic, in the order published, once {@code enough} holds. */
    List<PalliumEvent> eventsOf(UUID patientId, Topic topic, Predicate<List<PalliumEvent>> enough) {
        return kafka.read(topic, received -> received.key().equals(patientId.toString()),
                found -> enough.test(found.stream().map(KafkaEvents.Received::event).toList()), PATIENCE)
                .stream().map(KafkaEvents.Received::event).toList();
    }
}
