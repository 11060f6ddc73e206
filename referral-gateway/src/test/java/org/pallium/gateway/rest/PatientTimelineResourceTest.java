package org.pallium.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.AcpDocumentChanged;
import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.AcpDocumentType;
import org.pallium.events.AppointmentBooked;
import org.pallium.events.AppointmentCancelled;
import org.pallium.events.AppointmentMissed;
import org.pallium.events.AppointmentRescheduled;
import org.pallium.events.CallLogged;
import org.pallium.events.CallReason;
import org.pallium.events.CallerType;
import org.pallium.events.CareSetting;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.CodeStatus;
import org.pallium.events.CodeStatusChanged;
import org.pallium.events.Coding;
import org.pallium.events.ConsultRequested;
import org.pallium.events.ConsultSeen;
import org.pallium.events.ConsultSignedOff;
import org.pallium.events.Diagnosis;
import org.pallium.events.Discipline;
import org.pallium.events.EsasCompletedBy;
import org.pallium.events.EsasR;
import org.pallium.events.EvvExceptionKind;
import org.pallium.events.EvvExceptionRaised;
import org.pallium.events.EvvStage;
import org.pallium.events.GoalsOfCareDocumented;
import org.pallium.events.Handover;
import org.pallium.events.HealthcareAgent;
import org.pallium.events.MissedVisitReason;
import org.pallium.events.OnwardReferralChanged;
import org.pallium.events.OnwardReferralStatus;
import org.pallium.events.OnwardService;
import org.pallium.events.PatientTransitioned;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.ReferralConcluded;
import org.pallium.events.ReferralFirstVisitCompleted;
import org.pallium.events.ReferralOutcome;
import org.pallium.events.ReferralReceived;
import org.pallium.events.ReferralRejected;
import org.pallium.events.ReferralScheduled;
import org.pallium.events.ReferralTransferred;
import org.pallium.events.Referrer;
import org.pallium.events.TransitionOutcome;
import org.pallium.events.TriageOutcome;
import org.pallium.events.Urgency;
import org.pallium.events.UrgentVisitDispatched;
import org.pallium.events.VisitCompleted;
import org.pallium.events.VisitCancelled;
import org.pallium.events.VisitMissed;
import org.pallium.events.VisitScheduled;
import org.pallium.events.VisitStarted;
import org.pallium.gateway.repository.TimelineEntry;
import org.pallium.platform.testing.KafkaEvents;

@QuarkusTest
class PatientTimelineResourceTest {

    private static final URI HOME_SERVICE = URI.create("/pallium/home-visit-service");
    private static final URI INPATIENT_SERVICE = URI.create("/pallium/inpatient-service");
    private static final URI OUTPATIENT_SERVICE = URI.create("/pallium/outpatient-service");
    private static final Diagnosis DIAGNOSIS = new Diagnosis(new Coding("http://hl7.org/fhir/sid/icd-10-cm", "C25.9", null),
            "Metastatic pancreatic cancer", null, true);
    private static final Handover HANDOVER = new Handover(null, null, null, null, CodeStatus.DNR_DNI, null, null, null, null);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everySettingsEventsLandOnOneTimelineNewestFirstByClinicalTime() {
        String mrn = "MRN-" + UUID.randomUUID();
        String referralId = given().contentType("application/json").body(ReferralResourceTest.referral(mrn, "HOME"))
                .post("/api/referrals").then().statusCode(201).extract().path("referralId");
        UUID patientId = UUID.fromString(given().get("/api/referrals/{id}", referralId).then().extract().path("patientId"));
        Instant accepted = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        kafka().publish(HOME_SERVICE, new ReferralReceived(UUID.fromString(referralId), patientId, CareSetting.HOME, accepted));
        kafka().publish(HOME_SERVICE, new ReferralAccepted(UUID.fromString(referralId), patientId, CareSetting.HOME, accepted));
        Instant visitedYesterday = accepted.minus(1, ChronoUnit.DAYS);
        UUID visitId = UUID.randomUUID();
        kafka().publish(HOME_SERVICE, new VisitCompleted(visitId, patientId, CareSetting.HOME, "HH", "Nurse Ratched",
                Discipline.NURSE, visitedYesterday, visitedYesterday.plus(45, ChronoUnit.MINUTES)));

        JsonPath timeline = awaitTimeline(patientId, 4);

        assertThat(timeline.getList("entries.type", String.class)).containsExactly(
                "org.pallium.referral.accepted.v1", "org.pallium.referral.received.v1",
                "org.pallium.referral.submitted.v2", "org.pallium.visit.completed.v2");
        assertThat(timeline.getString("entries[3].title")).isEqualTo("Home visit by RN, 45 min");
        assertThat(timeline.getString("entries[3].who")).isEqualTo("Nurse Ratched");
        assertThat(timeline.getString("entries[3].link")).isEqualTo("http://127.0.0.1:8083/api/visits/" + visitId);
        assertThat(Instant.parse(timeline.getString("entries[3].occurredAt"))).isEqualTo(visitedYesterday);
        assertThat(timeline.getString("entries[2].link")).startsWith("http://").endsWith("/api/referrals/" + referralId);
        given().get("/api/referrals/{id}", referralId).then().body("status", equalTo("ACCEPTED"));
    }

    @Test
    void eachStepOfAReferralHasAReadableTitleAndNamesTheClinicianWhoTookIt() {
        UUID patientId = patientWithReferral();
        UUID referralId = UUID.randomUUID();
        Instant day = Instant.parse("2026-03-02T08:00:00Z");
        kafka().publish(HOME_SERVICE, new ReferralScheduled(referralId, patientId, CareSetting.HOME,
                Instant.parse("2026-03-05T14:30:00Z"), "Coordinator Ida Orloff", day));
        kafka().publish(HOME_SERVICE, new ReferralFirstVisitCompleted(referralId, patientId, CareSetting.HOME,
                UUID.randomUUID(), day.plus(3, ChronoUnit.DAYS)));
        kafka().publish(HOME_SERVICE, new ReferralTransferred(referralId, patientId, CareSetting.HOME,
                CareSetting.OUTPATIENT, UUID.randomUUID(), "Moving to the clinic", "Dr. Kathleen Foley",
                day.plus(10, ChronoUnit.DAYS)));
        kafka().publish(HOME_SERVICE, new ReferralConcluded(UUID.randomUUID(), patientId, CareSetting.HOME,
                ReferralOutcome.CLOSED, "Patient died at home", "Nurse Ann Ward", day.plus(11, ChronoUnit.DAYS)));
        kafka().publish(HOME_SERVICE, new ReferralConcluded(UUID.randomUUID(), patientId, CareSetting.OUTPATIENT,
                ReferralOutcome.COMPLETED, "Symptoms controlled", "Dr. Helen Park", day.plus(12, ChronoUnit.DAYS)));
        kafka().publish(HOME_SERVICE, new ReferralRejected(UUID.randomUUID(), patientId, CareSetting.INPATIENT,
                "Not admitted", "Dr. Balfour Mount", day.plus(13, ChronoUnit.DAYS)));

        JsonPath timeline = awaitTimeline(patientId, 7);

        assertThat(timeline.getList("entries.title", String.class).subList(1, 7)).containsExactly(
                "Referral declined by the inpatient team",
                "Care by the outpatient clinic team completed",
                "Referral to the home team closed",
                "Transferred from the home team to the outpatient clinic team",
                "First visit by the home team",
                "First visit with the home team booked for 5 Mar 2026, 14:30 UTC");
        assertThat(timeline.getList("entries.who", String.class).subList(1, 7)).containsExactly(
                "Dr. Balfour Mount", "Dr. Helen Park", "Nurse Ann Ward", "Dr. Kathleen Foley", null,
                "Coordinator Ida Orloff");
        assertThat(timeline.getString("entries[4].link")).endsWith("/api/referrals/" + referralId);
        assertThat(String.join(" ", timeline.getList("entries.title", String.class)))
                .doesNotContain("Moving to the clinic", "Patient died at home", "Not admitted");
    }

    @Test
    void theHospitalTeamsConsultAndTheCareDecisionsOfEverySettingReadAsACliniciansWordsWithWhoAndTheRecord() {
        UUID patientId = patientWithReferral();
        UUID consultId = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();
        UUID encounterId = UUID.randomUUID();
        UUID conversationId = UUID.randomUUID();
        UUID codeStatusId = UUID.randomUUID();
        UUID transitionId = UUID.randomUUID();
        Instant requested = Instant.parse("2026-04-06T08:00:00Z");
        Referrer ward = new Referrer("Dr. Henry Marsh", "Springfield General Hospital");
        kafka().publish(INPATIENT_SERVICE, new ConsultRequested(consultId, referralId, patientId, DIAGNOSIS, "5 West",
                "12", "oncology", ward, "Pain crisis; family asks about hospice", Urgency.URGENT, requested,
                requested.plus(24, ChronoUnit.HOURS), requested.plus(10, ChronoUnit.MINUTES)));
        kafka().publish(INPATIENT_SERVICE, new ConsultSeen(consultId, referralId, patientId, encounterId, Urgency.URGENT,
                requested, requested.plus(24, ChronoUnit.HOURS), requested.plus(5, ChronoUnit.HOURS)));
        kafka().publish(INPATIENT_SERVICE, new GoalsOfCareDocumented(conversationId, patientId, CareSetting.INPATIENT,
                List.of("patient", "daughter"), "To be at home with her garden", "No further chemotherapy",
                "Dr. Ira Byock", requested.plus(1, ChronoUnit.DAYS)));
        kafka().publish(INPATIENT_SERVICE, new CodeStatusChanged(codeStatusId, patientId, CareSetting.INPATIENT,
                CodeStatus.DNR_DNI, CodeStatus.FULL_CODE, "Dr. Ira Byock", requested.plus(26, ChronoUnit.HOURS)));
        kafka().publish(INPATIENT_SERVICE, new VisitCompleted(encounterId, patientId, CareSetting.INPATIENT, "IMP",
                "Dr. Ira Byock", Discipline.PHYSICIAN, requested.plus(2, ChronoUnit.DAYS),
                requested.plus(2, ChronoUnit.DAYS).plus(45, ChronoUnit.MINUTES),
                new EsasR(7, 6, 4, 2, 5, 3, 2, 4, 5, null, null, EsasCompletedBy.PATIENT), 40));
        kafka().publish(INPATIENT_SERVICE, new PatientTransitioned(transitionId, referralId, patientId,
                CareSetting.INPATIENT, TransitionOutcome.HOME_PROGRAMME, UUID.randomUUID(), HANDOVER, "Dr. Ira Byock",
                requested.plus(3, ChronoUnit.DAYS)));
        kafka().publish(INPATIENT_SERVICE, new ConsultSignedOff(consultId, referralId, patientId, "Discharged home",
                "Dr. Ira Byock", requested.plus(3, ChronoUnit.DAYS).plusSeconds(60)));

        JsonPath timeline = awaitTimeline(patientId, 8);

        assertThat(timeline.getList("entries.title", String.class).subList(1, 8)).containsExactly(
                "Consult signed off by the inpatient team",
                "Discharged from hospital to the home programme",
                "Hospital consult visit by MD, 45 min, ESAS pain 7, total 38, PPS 40%",
                "Code status: DNR/DNI (was full code)",
                "Goals-of-care conversation with patient, daughter",
                "Consult seen 5 h after the request, within the 24 h target",
                "Palliative consult requested, urgent: 5 West, bed 12 (oncology)");
        assertThat(timeline.getList("entries.who", String.class).subList(1, 8)).containsExactly("Dr. Ira Byock",
                "Dr. Ira Byock", "Dr. Ira Byock", "Dr. Ira Byock", "Dr. Ira Byock", null,
                "Dr. Henry Marsh, Springfield General Hospital");
        assertThat(timeline.getList("entries.link", String.class).subList(1, 8)).containsExactly(
                "http://127.0.0.1:8081/api/consults/" + consultId,
                "http://127.0.0.1:8081/api/transitions/" + transitionId,
                "http://127.0.0.1:8081/api/encounters/" + encounterId,
                "http://127.0.0.1:8081/api/code-statuses/" + codeStatusId,
                "http://127.0.0.1:8081/api/goals-of-care/" + conversationId,
                "http://127.0.0.1:8081/api/encounters/" + encounterId,
                "http://127.0.0.1:8081/api/consults/" + consultId);
        assertThat(timeline.getList("entries.setting", String.class).subList(1, 8)).containsOnly("INPATIENT");
        assertThat(timeline.getList("entries.type", String.class).subList(1, 8)).containsExactly(
                "org.pallium.consult.signed-off.v1", "org.pallium.patient.transitioned.v1",
                "org.pallium.visit.completed.v2", "org.pallium.code-status.changed.v1",
                "org.pallium.goals-of-care.documented.v1", "org.pallium.consult.seen.v1",
                "org.pallium.consult.requested.v1");
        assertThat(String.join(" ", timeline.getList("entries.title", String.class)))
                .doesNotContain("Pain crisis", "garden", "chemotherapy", "Discharged home");
    }

    @Test
    void aConsultSeenLateSaysByHowMuchAndEachWayOfLeavingCareReadsAsItHappened() {
        UUID patientId = patientWithReferral();
        Instant requested = Instant.parse("2026-05-04T08:00:00Z");
        UUID referralId = UUID.randomUUID();
        kafka().publish(INPATIENT_SERVICE, new ConsultSeen(UUID.randomUUID(), referralId, patientId, UUID.randomUUID(),
                Urgency.ROUTINE, requested, requested.plus(24, ChronoUnit.HOURS), requested.plus(30, ChronoUnit.HOURS)));
        kafka().publish(INPATIENT_SERVICE, new ConsultSeen(UUID.randomUUID(), referralId, patientId, UUID.randomUUID(),
                Urgency.EMERGENT, requested, requested.plus(1, ChronoUnit.HOURS),
                requested.plus(1, ChronoUnit.HOURS).plusSeconds(20)));
        kafka().publish(INPATIENT_SERVICE, new ConsultSeen(UUID.randomUUID(), referralId, patientId, UUID.randomUUID(),
                Urgency.EMERGENT, requested, requested.plus(1, ChronoUnit.HOURS), requested.plus(40, ChronoUnit.MINUTES)));
        Instant day = requested.plus(2, ChronoUnit.DAYS);
        kafka().publish(INPATIENT_SERVICE, new ConsultRequested(UUID.randomUUID(), UUID.randomUUID(), patientId, DIAGNOSIS,
                null, null, null, new Referrer("Dr. Henry Marsh", "Springfield General Hospital"), "Breathless",
                Urgency.ROUTINE, day, day.plus(24, ChronoUnit.HOURS), day));
        kafka().publish(INPATIENT_SERVICE, transition(patientId, TransitionOutcome.HOSPICE, day.plusSeconds(1)));
        kafka().publish(INPATIENT_SERVICE, transition(patientId, TransitionOutcome.DIED_IN_HOSPITAL, day.plusSeconds(2)));
        kafka().publish(HOME_SERVICE, new PatientTransitioned(UUID.randomUUID(), referralId, patientId, CareSetting.HOME,
                TransitionOutcome.NURSING_FACILITY, null, HANDOVER, "Nurse Ann Ward", day.plusSeconds(3)));
        kafka().publish(HOME_SERVICE, new CodeStatusChanged(UUID.randomUUID(), patientId, CareSetting.HOME,
                CodeStatus.COMFORT_MEASURES_ONLY, null, "Nurse Ann Ward", day.plusSeconds(4)));
        Instant visited = day.plusSeconds(5);
        kafka().publish(HOME_SERVICE, new VisitCompleted(UUID.randomUUID(), patientId, CareSetting.HOME, "HH",
                "Nurse Ann Ward", Discipline.NURSE, visited, visited.plus(30, ChronoUnit.MINUTES),
                new EsasR(2, 6, 4, 2, 5, 8, 2, 8, 5, 9, "constipation", EsasCompletedBy.CAREGIVER), null));
        kafka().publish(HOME_SERVICE, new VisitCompleted(UUID.randomUUID(), patientId, CareSetting.HOME, "VR",
                "Nurse Ann Ward", Discipline.NURSE, visited.plusSeconds(1), visited.plus(20, ChronoUnit.MINUTES), null, 30));

        JsonPath timeline = awaitTimeline(patientId, 11);

        assertThat(timeline.getList("entries.title", String.class).subList(1, 11)).containsExactly(
                "Video visit by RN, 19 min, PPS 30%",
                "Home visit by RN, 30 min, ESAS pain 2, shortness of breath 8, total 42",
                "Code status: comfort measures only",
                "Discharged from the home programme to a nursing facility",
                "Died in hospital",
                "Discharged from hospital to hospice",
                "Palliative consult requested",
                "Consult seen 30 h after the request, 6 h past the target",
                "Consult seen 1 h after the request, 1 min past the target",
                "Consult seen 40 min after the request, within the 1 h target");
        assertThat(timeline.getString("entries[4].link")).startsWith("http://127.0.0.1:8083/api/transitions/");
        assertThat(timeline.getString("entries[3].link")).startsWith("http://127.0.0.1:8083/api/code-statuses/");
    }

    @Test
    void theClinicsAppointmentsAdvanceCarePlanningAndOnwardReferralsReadAsACliniciansWordsWithTheirRecords() {
        UUID patientId = patientWithReferral();
        UUID appointmentId = UUID.randomUUID();
        UUID missedId = UUID.randomUUID();
        UUID psychiatryId = UUID.randomUUID();
        UUID otherId = UUID.randomUUID();
        Instant day = Instant.parse("2026-09-01T09:00:00Z");
        Instant booked = Instant.parse("2026-12-03T10:00:00Z");
        Instant moved = Instant.parse("2026-12-05T14:30:00Z");
        kafka().publish(OUTPATIENT_SERVICE, new AppointmentBooked(appointmentId, patientId, CareSetting.OUTPATIENT,
                "dr-helen-park", "SYMPTOM_FOCUSED", booked, booked.plus(30, ChronoUnit.MINUTES), "clerk-amy", day));
        kafka().publish(OUTPATIENT_SERVICE, new AppointmentRescheduled(appointmentId, patientId, CareSetting.OUTPATIENT,
                "dr-helen-park", booked, moved, moved.plus(30, ChronoUnit.MINUTES), "clerk-amy", day.plusSeconds(1)));
        kafka().publish(OUTPATIENT_SERVICE, new AppointmentCancelled(appointmentId, patientId, CareSetting.OUTPATIENT,
                moved, "Admitted to hospital with sepsis", "clerk-amy", day.plusSeconds(2)));
        kafka().publish(OUTPATIENT_SERVICE, new AppointmentMissed(missedId, patientId, CareSetting.OUTPATIENT,
                day.plusSeconds(3), "clerk-amy", day.plus(1, ChronoUnit.HOURS)));
        kafka().publish(OUTPATIENT_SERVICE, acp(patientId, AcpDocumentType.HEALTH_CARE_POWER_OF_ATTORNEY,
                AcpDocumentStatus.SIGNED, null, new HealthcareAgent("Grace Hopper", "daughter", "+1 555 0100"), null,
                day.plusSeconds(4)));
        kafka().publish(OUTPATIENT_SERVICE, acp(patientId, AcpDocumentType.POLST, AcpDocumentStatus.ON_FILE,
                "DocumentReference/polst-1", null, null, day.plusSeconds(5)));
        kafka().publish(OUTPATIENT_SERVICE, acp(patientId, AcpDocumentType.CODE_STATUS, AcpDocumentStatus.SIGNED, null,
                null, CodeStatus.DNR, day.plusSeconds(6)));
        kafka().publish(OUTPATIENT_SERVICE, acp(patientId, AcpDocumentType.CODE_STATUS, AcpDocumentStatus.DISCUSSED, null,
                null, CodeStatus.COMFORT_MEASURES_ONLY, day.plusSeconds(7)));
        kafka().publish(OUTPATIENT_SERVICE, acp(patientId, AcpDocumentType.LIVING_WILL, AcpDocumentStatus.DRAFTED, null,
                null, null, day.plusSeconds(8)));
        kafka().publish(OUTPATIENT_SERVICE, new OnwardReferralChanged(psychiatryId, patientId, CareSetting.OUTPATIENT,
                OnwardService.PSYCHIATRY, OnwardReferralStatus.SENT, "Severe anxiety about dying", "dr-helen-park",
                day.plusSeconds(9)));
        kafka().publish(OUTPATIENT_SERVICE, new OnwardReferralChanged(psychiatryId, patientId, CareSetting.OUTPATIENT,
                OnwardService.PSYCHIATRY, OnwardReferralStatus.SEEN, "Severe anxiety about dying", "dr-helen-park",
                day.plusSeconds(10)));
        kafka().publish(OUTPATIENT_SERVICE, new OnwardReferralChanged(otherId, patientId, CareSetting.OUTPATIENT,
                OnwardService.OTHER, OnwardReferralStatus.SENT, "Lymphoedema clinic", "dr-helen-park",
                day.plusSeconds(11)));

        JsonPath timeline = awaitTimeline(patientId, 13);

        assertThat(timeline.getList("entries.title", String.class).subList(1, 13)).containsExactly(
                "Referred on to another service",
                "Seen by psychiatry (onward referral)",
                "Referred on to psychiatry",
                "Living will drafted",
                "Code status discussed: comfort measures only",
                "Code status recorded: DNR",
                "POLST on file",
                "Health care power of attorney signed",
                "Missed clinic appointment",
                "Clinic appointment for 5 Dec 2026, 14:30 UTC cancelled",
                "Clinic appointment moved from 3 Dec 2026, 10:00 UTC to 5 Dec 2026, 14:30 UTC",
                "Clinic appointment booked for 3 Dec 2026, 10:00 UTC: symptom-focused, 30 min");
        assertThat(timeline.getList("entries.who", String.class).subList(1, 13)).containsExactly("dr-helen-park",
                "dr-helen-park", "dr-helen-park", "Dr. Lydia Ross", "Dr. Lydia Ross", "Dr. Lydia Ross", "Dr. Lydia Ross",
                "Dr. Lydia Ross", "clerk-amy", "clerk-amy", "clerk-amy", "clerk-amy");
        String clinic = "http://127.0.0.1:8082";
        String acp = clinic + "/api/patients/" + patientId + "/acp";
        assertThat(timeline.getList("entries.link", String.class).subList(1, 13)).containsExactly(
                clinic + "/api/onward-referrals/" + otherId,
                clinic + "/api/onward-referrals/" + psychiatryId,
                clinic + "/api/onward-referrals/" + psychiatryId,
                acp, acp, acp, acp, acp,
                clinic + "/api/appointments/" + missedId,
                clinic + "/api/appointments/" + appointmentId,
                clinic + "/api/appointments/" + appointmentId,
                clinic + "/api/appointments/" + appointmentId);
        assertThat(timeline.getList("entries.setting", String.class).subList(1, 13)).containsOnly("OUTPATIENT");
        assertThat(timeline.getList("entries.type", String.class).subList(1, 13)).containsExactly(
                "org.pallium.onward-referral.changed.v1", "org.pallium.onward-referral.changed.v1",
                "org.pallium.onward-referral.changed.v1", "org.pallium.acp-document.changed.v1",
                "org.pallium.acp-document.changed.v1", "org.pallium.acp-document.changed.v1",
                "org.pallium.acp-document.changed.v1", "org.pallium.acp-document.changed.v1",
                "org.pallium.appointment.missed.v1", "org.pallium.appointment.cancelled.v1",
                "org.pallium.appointment.rescheduled.v1", "org.pallium.appointment.booked.v1");
        // A no-show happened when the appointment was to start, not when the clinic recorded it.
        assertThat(Instant.parse(timeline.getString("entries[9].occurredAt"))).isEqualTo(day.plusSeconds(3));
        assertThat(String.join(" ", timeline.getList("entries.title", String.class)))
                .doesNotContain("sepsis", "anxiety", "Lymphoedema", "Grace Hopper", "polst-1");
    }

    @Test
    void aHomeVisitCancelledBeforeItBeganSaysWhenItWasDueAndWhoCancelledIt() {
        UUID patientId = patientWithReferral();
        UUID visitId = UUID.randomUUID();
        Instant dueAt = Instant.parse("2026-06-12T15:00:00Z");
        kafka().publish(HOME_SERVICE, new VisitScheduled(visitId, patientId, CareSetting.HOME, "VR",
                Discipline.SOCIAL_WORKER, "sw-jane-addams", dueAt, dueAt.plus(30, ChronoUnit.MINUTES), false,
                "coordinator-mary-seacole", Instant.parse("2026-06-01T08:00:00Z")));
        kafka().publish(HOME_SERVICE, new VisitCancelled(visitId, patientId, CareSetting.HOME, "VR",
                Discipline.SOCIAL_WORKER, "sw-jane-addams", dueAt, "coordinator-mary-seacole",
                Instant.parse("2026-06-10T11:05:00Z")));

        JsonPath timeline = awaitTimeline(patientId, 3);

        assertThat(timeline.getList("entries.title", String.class).subList(1, 3)).containsExactly(
                "Video visit by SW cancelled, was due 12 Jun 2026, 15:00 UTC",
                "Video visit by SW scheduled for 12 Jun 2026, 15:00 UTC, 30 min");
        assertThat(timeline.getString("entries[1].who")).isEqualTo("coordinator-mary-seacole");
        assertThat(timeline.getString("entries[1].link")).isEqualTo("http://127.0.0.1:8083/api/visits/" + visitId);
    }

    @Test
    void theHomeProgrammesVisitsCallsAndEvvExceptionsReadAsACliniciansWordsWithTheirRecords() {
        UUID patientId = patientWithReferral();
        UUID visitId = UUID.randomUUID();
        UUID missedId = UUID.randomUUID();
        UUID urgentId = UUID.randomUUID();
        UUID callId = UUID.randomUUID();
        UUID deathCallId = UUID.randomUUID();
        Instant visitAt = Instant.parse("2026-06-03T10:00:00Z");
        Instant checkIn = visitAt.plus(7, ChronoUnit.MINUTES);
        Instant checkOut = visitAt.plus(52, ChronoUnit.MINUTES);
        Instant called = Instant.parse("2026-06-06T02:10:00Z");
        Instant dispatched = called.plus(9, ChronoUnit.MINUTES);
        Instant urgentAt = called.plus(20, ChronoUnit.MINUTES);
        kafka().publish(HOME_SERVICE, new VisitScheduled(visitId, patientId, CareSetting.HOME, "HH", Discipline.NURSE,
                "nurse-ann-ward", visitAt, visitAt.plus(60, ChronoUnit.MINUTES), false, "coordinator-mary-seacole",
                Instant.parse("2026-06-01T08:00:00Z")));
        kafka().publish(HOME_SERVICE, new VisitStarted(visitId, patientId, CareSetting.HOME, "HH", "nurse-ann-ward",
                Discipline.NURSE, checkIn));
        kafka().publish(HOME_SERVICE, evv(visitId, patientId, EvvExceptionKind.LOCATION_FAR_FROM_ADDRESS, EvvStage.CHECK_IN,
                850, "nurse-ann-ward", checkIn));
        kafka().publish(HOME_SERVICE, new VisitCompleted(visitId, patientId, CareSetting.HOME, "HH", "nurse-ann-ward",
                Discipline.NURSE, checkIn, checkOut));
        kafka().publish(HOME_SERVICE, evv(visitId, patientId, EvvExceptionKind.LOCATION_FAR_FROM_ADDRESS,
                EvvStage.CHECK_OUT, 1340, "nurse-ann-ward", checkOut));
        kafka().publish(HOME_SERVICE, new VisitMissed(missedId, patientId, CareSetting.HOME, "VR", Discipline.SOCIAL_WORKER,
                "sw-jane-addams", Instant.parse("2026-06-05T09:00:00Z"), MissedVisitReason.PATIENT_IN_HOSPITAL,
                "coordinator-mary-seacole", Instant.parse("2026-06-04T16:00:00Z")));
        kafka().publish(HOME_SERVICE, new CallLogged(callId, patientId, CareSetting.HOME, CallerType.FAMILY, called, 540,
                CallReason.BREATHLESSNESS, TriageOutcome.URGENT_VISIT_DISPATCHED, false, urgentId, "nurse-omar-said"));
        kafka().publish(HOME_SERVICE, new VisitScheduled(urgentId, patientId, CareSetting.HOME, "HH", Discipline.NURSE,
                "nurse-tom-lee", urgentAt, urgentAt.plus(45, ChronoUnit.MINUTES), true, "nurse-omar-said", dispatched));
        kafka().publish(HOME_SERVICE, new UrgentVisitDispatched(urgentId, callId, patientId, CareSetting.HOME,
                CallReason.BREATHLESSNESS, "nurse-tom-lee", "nurse-omar-said", dispatched));
        kafka().publish(HOME_SERVICE, evv(urgentId, patientId, EvvExceptionKind.ADDRESS_NOT_LOCATED, EvvStage.CHECK_IN,
                null, "nurse-tom-lee", urgentAt.plus(11, ChronoUnit.MINUTES)));
        kafka().publish(HOME_SERVICE, new CallLogged(deathCallId, patientId, CareSetting.HOME, CallerType.FACILITY,
                Instant.parse("2026-06-07T06:00:00Z"), 300, CallReason.DEATH_REPORT, TriageOutcome.PHYSICIAN_PAGED, true,
                null, "nurse-omar-said"));

        JsonPath timeline = awaitTimeline(patientId, 12);

        assertThat(timeline.getList("entries.title", String.class).subList(1, 12)).containsExactly(
                "Call from a facility reporting a death: physician paged, follow-up needed",
                "EVV check-in to review: the patient's address has no coordinates on file",
                "Urgent home visit dispatched after a call about breathlessness",
                "Urgent home visit by RN scheduled for 6 Jun 2026, 02:30 UTC, 45 min",
                "Call from family about breathlessness: urgent visit dispatched",
                "Missed video visit: patient in hospital",
                "EVV check-out 1.3 km from the patient's address (over 500 m)",
                "Home visit by RN, 45 min",
                "EVV check-in 850 m from the patient's address (over 500 m)",
                "Home visit by RN started",
                "Home visit by RN scheduled for 3 Jun 2026, 10:00 UTC, 60 min");
        assertThat(timeline.getList("entries.who", String.class).subList(1, 12)).containsExactly("nurse-omar-said",
                "nurse-tom-lee", "nurse-omar-said", "nurse-omar-said", "nurse-omar-said", "coordinator-mary-seacole",
                "nurse-ann-ward", "nurse-ann-ward", "nurse-ann-ward", "nurse-ann-ward", "coordinator-mary-seacole");
        String home = "http://127.0.0.1:8083";
        assertThat(timeline.getList("entries.link", String.class).subList(1, 12)).containsExactly(
                home + "/api/calls/" + deathCallId,
                home + "/api/visits/" + urgentId,
                home + "/api/visits/" + urgentId,
                home + "/api/visits/" + urgentId,
                home + "/api/calls/" + callId,
                home + "/api/visits/" + missedId,
                home + "/api/visits/" + visitId,
                home + "/api/visits/" + visitId,
                home + "/api/visits/" + visitId,
                home + "/api/visits/" + visitId,
                home + "/api/visits/" + visitId);
        assertThat(timeline.getList("entries.setting", String.class).subList(1, 12)).containsOnly("HOME");
        // A visit's course, from its scheduling to its documentation, reads in order.
        assertThat(timeline.getList("entries.type", String.class).subList(1, 12)).containsExactly(
                "org.pallium.call.logged.v1", "org.pallium.evv.exception-raised.v1",
                "org.pallium.visit.urgent-dispatched.v1", "org.pallium.visit.scheduled.v1", "org.pallium.call.logged.v1",
                "org.pallium.visit.missed.v1", "org.pallium.evv.exception-raised.v1", "org.pallium.visit.completed.v2",
                "org.pallium.evv.exception-raised.v1", "org.pallium.visit.started.v1", "org.pallium.visit.scheduled.v1");
        // A missed visit happened when it was to begin, not when it was recorded.
        assertThat(Instant.parse(timeline.getString("entries[6].occurredAt")))
                .isEqualTo(Instant.parse("2026-06-05T09:00:00Z"));
    }

    private static EvvExceptionRaised evv(UUID visitId, UUID patientId, EvvExceptionKind kind, EvvStage stage,
            Integer distanceMeters, String clinician, Instant at) {
        return new EvvExceptionRaised(visitId, patientId, CareSetting.HOME, kind, stage, distanceMeters,
                distanceMeters == null ? null : 500, clinician, at);
    }

    private static AcpDocumentChanged acp(UUID patientId, AcpDocumentType type, AcpDocumentStatus status, String reference,
            HealthcareAgent agent, CodeStatus codeStatus, Instant changedAt) {
        return new AcpDocumentChanged(UUID.randomUUID(), patientId, CareSetting.OUTPATIENT, type, status, null, reference,
                agent, codeStatus, "Dr. Lydia Ross", changedAt);
    }

    private static PatientTransitioned transition(UUID patientId, TransitionOutcome outcome, Instant at) {
        return new PatientTransitioned(UUID.randomUUID(), UUID.randomUUID(), patientId, CareSetting.INPATIENT, outcome,
                null, HANDOVER, "Dr. Ira Byock", at);
    }

    @Test
    void aRedeliveredEventAddsNothing() {
        UUID patientId = patientWithReferral();
        VisitCompleted visit = new VisitCompleted(UUID.randomUUID(), patientId, CareSetting.HOME, "HH", "Nurse A",
                Discipline.NURSE, Instant.now().minusSeconds(7200), Instant.now().minusSeconds(3600));
        CloudEventAttributes attributes = kafka().publish(HOME_SERVICE, visit);
        awaitTimeline(patientId, 2);

        kafka().publish(attributes, visit);
        kafka().publish(HOME_SERVICE, new ReferralReceived(UUID.randomUUID(), patientId, CareSetting.HOME, Instant.now()));
        JsonPath timeline = awaitTimeline(patientId, 3);

        assertThat(timeline.getList("entries.eventId", String.class)).containsOnlyOnce(attributes.id().toString());
        assertThat(QuarkusTransaction.requiringNew().call(() -> TimelineEntry.count("patientId", patientId))).isEqualTo(3);
    }

    @Test
    void followingNextReachesTheOldestEventEachExactlyOnceWhileNewEventsArrive() {
        UUID patientId = patientWithReferral();
        Instant start = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<String> visitIds = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            UUID visitId = UUID.randomUUID();
            visitIds.add(visitId.toString());
            Instant started = start.plus(day, ChronoUnit.DAYS);
            kafka().publish(HOME_SERVICE, new VisitCompleted(visitId, patientId, CareSetting.HOME, "HH", "Nurse B",
                    Discipline.NURSE, started, started.plusSeconds(1800)));
        }
        awaitTimeline(patientId, 8);

        List<String> seen = new ArrayList<>();
        String next = "/api/patients/" + patientId + "/timeline?limit=3";
        int pages = 0;
        while (next != null) {
            JsonPath page = given().get(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("entries.eventId", String.class));
            next = page.getString("next");
            pages++;
            if (pages == 1) {
                kafka().publish(HOME_SERVICE, new ReferralReceived(UUID.randomUUID(), patientId, CareSetting.HOME, Instant.now()));
                awaitTimeline(patientId, 9);
            }
        }

        assertThat(seen).doesNotHaveDuplicates().hasSize(8);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void badPagingIsRefusedAndAnUnknownPatientIsNotFound() {
        UUID patientId = patientWithReferral();
        given().get("/api/patients/{id}/timeline?limit=501", patientId).then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/patients/{id}/timeline?cursor=bm9wZQ", patientId).then().statusCode(400)
                .body("title", equalTo("Invalid cursor"));
        given().get("/api/patients/{id}/timeline", UUID.randomUUID()).then().statusCode(404);
    }

    private KafkaEvents kafka() {
        return new KafkaEvents(bootstrapServers);
    }

    private static UUID patientWithReferral() {
        String patientId = ReferralResourceTest.submit(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME"));
        awaitTimeline(UUID.fromString(patientId), 1);
        return UUID.fromString(patientId);
    }

    private static JsonPath awaitTimeline(UUID patientId, int entries) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> given().get("/api/patients/{id}/timeline", patientId).then().statusCode(200).extract().jsonPath(),
                timeline -> timeline.getList("entries").size() >= entries);
    }
}
