package org.pallium.outpatient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pallium.outpatient.rest.SchedulingTestSupport.at;
import static org.pallium.outpatient.rest.SchedulingTestSupport.booking;
import static org.pallium.outpatient.rest.SchedulingTestSupport.clinician;
import static org.pallium.outpatient.rest.SchedulingTestSupport.day;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pallium.events.AppointmentBooked;
import org.pallium.events.Topic;
import org.pallium.outpatient.rest.SchedulingTestSupport.Patient;
import org.pallium.platform.testing.LocalInfrastructureResource;
import org.pallium.platform.testing.TestTokens;

/**
 * Twenty requests for one time, all at once: the database lets exactly one through, whether they
 * ask for one clinician (for twenty patients) or for one patient (with twenty clinicians), and every
 * other request learns which appointment holds the time.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "outpatient"))
class DoubleBookingTest {

    private static final int REQUESTS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @TestHTTPResource("/api/appointments")
    URI appointments;

    SchedulingTestSupport support;

    private record Answer(UUID appointmentId, int status, JsonNode body) {
    }

    @BeforeEach
    void connect() {
        support = new SchedulingTestSupport(bootstrapServers);
    }

    @Test
    void twentyPatientsAskingForOneClinicianAtOneTimeGetOneAppointment() throws Exception {
        String clinician = clinician("Race");
        List<Patient> patients = support.acceptedPatients(REQUESTS);
        LocalDate day = day();
        Instant start = at(day, "09:00");

        List<Answer> answers = allAtOnce(i -> booking(UUID.randomUUID(), patients.get(i).patientId(), clinician,
                "FOLLOW_UP", start));

        Answer booked = onlyOneBooked(answers);
        assertThat(answers).filteredOn(answer -> answer.status() != 201).hasSize(REQUESTS - 1).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().path("title").asText()).isEqualTo("Clinician already booked");
            assertThat(refused.body().path("detail").asText())
                    .isEqualTo("Clinician " + clinician + " is booked at that time: appointment " + booked.appointmentId());
        });
        assertThat(given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .get("/api/clinicians/{id}/appointments", clinician).then().statusCode(200).extract().jsonPath()
                .<String>getList("id")).containsExactly(booked.appointmentId().toString());
        UUID winner = UUID.fromString(booked.body().path("patientId").asText());
        for (Patient patient : patients) {
            given().get("/api/referrals/{id}", patient.referralId()).then().statusCode(200)
                    .body("lifecycle.status", equalTo(
                            patient.patientId().equals(winner) ? "SCHEDULED" : "ACCEPTED"));
        }
        assertThat(support.eventsOf(winner, Topic.CARE_EVENTS, events -> !events.isEmpty()))
                .singleElement().isInstanceOfSatisfying(AppointmentBooked.class,
                        event -> assertThat(event.appointmentId()).isEqualTo(booked.appointmentId()));
    }

    @Test
    void onePatientAskedForWithTwentyCliniciansAtOneTimeGetsOneAppointment() throws Exception {
        List<String> clinicians = IntStream.range(0, REQUESTS).mapToObj(i -> clinician("Busy" + (char) ('a' + i))).toList();
        Patient patient = support.acceptedPatient();
        Instant start = at(day(), "14:00");

        List<Answer> answers = allAtOnce(i -> booking(UUID.randomUUID(), patient.patientId(), clinicians.get(i),
                "NEW_PATIENT", start));

        Answer booked = onlyOneBooked(answers);
        assertThat(answers).filteredOn(answer -> answer.status() != 201).hasSize(REQUESTS - 1).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().path("title").asText()).isEqualTo("Patient already booked");
            assertThat(refused.body().path("detail").asText()).isEqualTo("The patient has appointment "
                    + booked.appointmentId() + " from " + start + " to " + start.plus(Duration.ofHours(1)));
        });
        assertThat(given().queryParam("patientId", patient.patientId()).get("/api/appointments").then().statusCode(200)
                .extract().jsonPath().<String>getList("id")).containsExactly(booked.appointmentId().toString());
    }

    @Test
    void twentyRetriesOfOneBookingAtOnceBookItOnce() throws Exception {
        String clinician = clinician("Retry");
        Patient patient = support.acceptedPatient();
        Map<String, Object> booking = booking(UUID.randomUUID(), patient.patientId(), clinician, "FOLLOW_UP",
                at(day(), "10:00"));

        List<Answer> answers = allAtOnce(i -> booking);

        onlyOneBooked(answers);
        assertThat(answers).filteredOn(answer -> answer.status() != 201).hasSize(REQUESTS - 1)
                .allSatisfy(retry -> assertThat(retry.status()).isEqualTo(200))
                .allSatisfy(retry -> assertThat(retry.appointmentId()).isEqualTo(booking.get("id")));
        assertThat(given().queryParam("patientId", patient.patientId()).get("/api/appointments").then().statusCode(200)
                .extract().jsonPath().<String>getList("id")).containsExactly(booking.get("id").toString());
    }

    private static Answer onlyOneBooked(List<Answer> answers) {
        List<Answer> booked = answers.stream().filter(answer -> answer.status() == 201).toList();
        assertThat(booked).as("one 201 among the answers %s", answers.stream().map(Answer::status).toList()).hasSize(1);
        return booked.getFirst();
    }

    /** Sends the {@value #REQUESTS} bookings together, each on its own connection, released by one signal. */
    private List<Answer> allAtOnce(IntFunction<Map<String, Object>> bookings) throws Exception {
        String token = TestTokens.coordinator();
        CountDownLatch ready = new CountDownLatch(REQUESTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> pending = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            for (int i = 0; i < REQUESTS; i++) {
                Map<String, Object> booking = bookings.apply(i);
                HttpRequest request = HttpRequest.newBuilder(appointments)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(booking)))
                        .build();
                pending.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    return new Answer(UUID.fromString(booking.get("id").toString()), response.statusCode(),
                            JSON.readTree(response.body()));
                }));
            }
            ready.await();
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        }
    }
}
