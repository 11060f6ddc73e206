package org.pallium.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pallium.gateway.rest.SampleVisits.esas;
import static org.pallium.gateway.rest.SampleVisits.visit;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.AcpDocumentChanged;
import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.AcpDocumentType;
import org.pallium.events.AppointmentBooked;
import org.pallium.events.AppointmentCancelled;
import org.pallium.events.AppointmentRescheduled;
import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;
import org.pallium.events.CodeStatusChanged;
import org.pallium.events.Discipline;
import org.pallium.events.Handover;
import org.pallium.events.HealthcareAgent;
import org.pallium.events.MissedVisitReason;
import org.pallium.events.PalliumEvent;
import org.pallium.events.PatientTransitioned;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.TransitionOutcome;
import org.pallium.events.VisitCancelled;
import org.pallium.events.VisitCompleted;
import org.pallium.events.VisitMissed;
import org.pallium.events.VisitScheduled;
import org.pallium.events.VisitStarted;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.AccessChecks;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.TestTokens;

/**
 * The patient summary gathers what every setting tells into one view, as the events arrive: where
 * the patient is cared for, the symptom scores and their trend, the code status and the advance
 * care planning documents, the next appointment and the last contact. Where settings tell the same
 * thing the newest by clinical time wins, however late an older event arrives.
 */
@QuarkusTest
class PatientSummaryResourceTest {

    private static final URI INPATIENT_SERVICE = URI.create("/pallium/inpatient-service");
    private static final URI OUTPATIENT_SERVICE = URI.create("/pallium/outpatient-service");
    private static final URI HOME_SERVICE = URI.create("/pallium/home-visit-service");
    private static final String INPATIENT = "http://127.0.0.1:8081";
    private static final String CLINIC = "http://127.0.0.1:8082";
    private static final String HOME = "http://127.0.0.1:8083";
    private static final HealthcareAgent DAUGHTER = new HealthcareAgent("Grace Hopper", "daughter", "+1 555 0100");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theSummaryShowsWhatTheHospitalTheClinicAndTheHomeTeamTold() {
        String mrn = "MRN-" + UUID.randomUUID();
        JsonPath home = refer(mrn, "HOME");
        JsonPath clinic = refer(mrn, "OUTPATIENT");
        UUID patientId = UUID.fromString(home.getString("patientId"));
        UUID homeReferral = UUID.fromString(home.getString("referralId"));
        Instant day = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        UUID codeStatusId = UUID.randomUUID();
        UUID hospitalVisit = UUID.randomUUID();
        UUID clinicVisit = UUID.randomUUID();
        UUID homeVisit = UUID.randomUUID();
        UUID videoVisit = UUID.randomUUID();
        UUID appointmentId = UUID.randomUUID();
        UUID documentId = UUID.randomUUID();
        Instant appointmentAt = Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        kafka().publish(HOME_SERVICE, new ReferralAccepted(homeReferral, patientId, CareSetting.HOME, day));
        kafka().publish(INPATIENT_SERVICE, new CodeStatusChanged(codeStatusId, patientId, CareSetting.INPATIENT,
                CodeStatus.DNR_DNI, CodeStatus.FULL_CODE, "Dr. Ira Byock", day.plus(1, ChronoUnit.DAYS)));
        kafka().publish(OUTPATIENT_SERVICE, visit(clinicVisit, patientId, CareSetting.OUTPATIENT, "AMB",
                day.plus(3, ChronoUnit.DAYS), esas(5, 4), 50));
        kafka().publish(OUTPATIENT_SERVICE, new AcpDocumentChanged(documentId, patientId, CareSetting.OUTPATIENT,
                AcpDocumentType.HEALTH_CARE_POWER_OF_ATTORNEY, AcpDocumentStatus.ON_FILE, AcpDocumentStatus.SIGNED,
                "DocumentReference/hcpoa-1", DAUGHTER, null, "Dr. Lydia Ross", day.plus(3, ChronoUnit.DAYS)));
        kafka().publish(OUTPATIENT_SERVICE, new AppointmentBooked(appointmentId, patientId, CareSetting.OUTPATIENT,
                "dr-helen-park", "FOLLOW_UP", appointmentAt, appointmentAt.plus(30, ChronoUnit.MINUTES), "clerk-amy",
                day.plus(3, ChronoUnit.DAYS)));
        kafka().publish(HOME_SERVICE, visit(homeVisit, patientId, CareSetting.HOME, "HH", day.plus(6, ChronoUnit.DAYS),
                esas(3, 2), null));
        kafka().publish(HOME_SERVICE, visit(videoVisit, patientId, CareSetting.HOME, "VR", day.plus(8, ChronoUnit.DAYS),
                null, null));
        // The hospital's visit, the first of all, is documented last: it takes its place by clinical time.
        kafka().publish(INPATIENT_SERVICE, visit(hospitalVisit, patientId, CareSetting.INPATIENT, "IMP", day.plusSeconds(60),
                esas(7, 6), 40));
        awaitTimeline(patientId, 10);

        JsonPath summary = summaryOf(patientId);

        assertThat(summary.getString("patientId")).isEqualTo(patientId.toString());
        assertThat(summary.getList("currentSettings", String.class)).containsExactly("HOME");
        assertThat(summary.getList("openReferrals.referralId", String.class))
                .containsExactly(clinic.getString("referralId"), homeReferral.toString());
        assertThat(summary.getList("openReferrals.status", String.class)).containsExactly("REQUESTED", "ACCEPTED");
        assertThat(summary.getList("openReferrals.setting", String.class)).containsExactly("OUTPATIENT", "HOME");
        assertThat(summary.getString("openReferrals[1].link")).startsWith("http://").endsWith("/api/referrals/" + homeReferral);

        assertThat(summary.getInt("latestEsas.esas.pain")).isEqualTo(3);
        assertThat(summary.getInt("latestEsas.total")).isEqualTo(3 + 2 * 8);
        assertThat(summary.getString("latestEsas.setting")).isEqualTo("HOME");
        assertThat(summary.getString("latestEsas.link")).isEqualTo(HOME + "/api/visits/" + homeVisit);
        assertThat(summary.getInt("previousEsas.esas.pain")).isEqualTo(5);
        assertThat(summary.getString("previousEsas.setting")).isEqualTo("OUTPATIENT");
        assertThat(Instant.parse(summary.getString("previousEsas.assessedAt"))).isEqualTo(day.plus(3, ChronoUnit.DAYS));
        assertThat(summary.getInt("latestPps.pps")).isEqualTo(50);
        assertThat(summary.getString("latestPps.link")).isEqualTo(CLINIC + "/api/visits/" + clinicVisit);
        assertThat(summary.getInt("previousPps.pps")).isEqualTo(40);
        assertThat(summary.getString("previousPps.setting")).isEqualTo("INPATIENT");
        assertThat(summary.getString("previousPps.link")).isEqualTo(INPATIENT + "/api/encounters/" + hospitalVisit);

        assertThat(summary.getString("codeStatus.codeStatus")).isEqualTo("DNR_DNI");
        assertThat(summary.getString("codeStatus.setting")).isEqualTo("INPATIENT");
        assertThat(summary.getString("codeStatus.documentedBy")).isEqualTo("Dr. Ira Byock");
        assertThat(summary.getString("codeStatus.link")).isEqualTo(INPATIENT + "/api/code-statuses/" + codeStatusId);
        assertThat(summary.getList("advanceCarePlanning")).hasSize(1);
        assertThat(summary.getMap("advanceCarePlanning[0]")).containsEntry("documentType", "HEALTH_CARE_POWER_OF_ATTORNEY")
                .containsEntry("documentId", documentId.toString()).containsEntry("status", "ON_FILE")
                .containsEntry("reference", "DocumentReference/hcpoa-1").containsEntry("setting", "OUTPATIENT")
                .containsEntry("healthcareAgent", Map.of("name", "Grace Hopper", "relationship", "daughter",
                        "phone", "+1 555 0100"))
                .containsEntry("link", CLINIC + "/api/patients/" + patientId + "/acp")
                .doesNotContainKey("codeStatus");

        assertThat(summary.getString("nextAppointment.appointmentId")).isEqualTo(appointmentId.toString());
        assertThat(summary.getString("nextAppointment.visitType")).isEqualTo("FOLLOW_UP");
        assertThat(summary.getString("nextAppointment.clinician")).isEqualTo("dr-helen-park");
        assertThat(Instant.parse(summary.getString("nextAppointment.startsAt"))).isEqualTo(appointmentAt);
        assertThat(summary.getString("nextAppointment.link")).isEqualTo(CLINIC + "/api/appointments/" + appointmentId);
        assertThat(summary.getString("lastContact.visitId")).isEqualTo(videoVisit.toString());
        assertThat(summary.getString("lastContact.encounterClass")).isEqualTo("VR");
        assertThat(summary.getString("lastContact.setting")).isEqualTo("HOME");
        assertThat(summary.getString("lastContact.discipline")).isEqualTo("NURSE");
        assertThat(Instant.parse(summary.getString("lastContact.startedAt"))).isEqualTo(day.plus(8, ChronoUnit.DAYS));
    }

    @Test
    void theCareTeamIsEveryClinicianWhoVisitedOrIsToVisitSettingBySettingTheLatestSeenFirst() {
        UUID patientId = patientWithReferral();
        Instant day = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        Instant ahead = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        kafka().publish(INPATIENT_SERVICE, new VisitCompleted(UUID.randomUUID(), patientId, CareSetting.INPATIENT, "IMP",
                "dr-rosa-lind", Discipline.PHYSICIAN, day, day.plus(40, ChronoUnit.MINUTES), null, null));
        kafka().publish(OUTPATIENT_SERVICE, booked(UUID.randomUUID(), patientId, "FOLLOW_UP", ahead, day));
        kafka().publish(HOME_SERVICE, new VisitCompleted(UUID.randomUUID(), patientId, CareSetting.HOME, "HH",
                "nurse-tom-reyes", Discipline.NURSE, day.plus(9, ChronoUnit.DAYS), day.plus(9, ChronoUnit.DAYS)
                .plus(50, ChronoUnit.MINUTES), null, null));
        // His earlier visit, uploaded late, leaves his latest as it is.
        kafka().publish(HOME_SERVICE, new VisitCompleted(UUID.randomUUID(), patientId, CareSetting.HOME, "HH",
                "nurse-tom-reyes", Discipline.NURSE, day.plus(2, ChronoUnit.DAYS), day.plus(2, ChronoUnit.DAYS)
                .plus(50, ChronoUnit.MINUTES), null, null));
        UUID socialWorkVisit = UUID.randomUUID();
        kafka().publish(HOME_SERVICE, new VisitCompleted(socialWorkVisit, patientId, CareSetting.HOME, "VR",
                "sw-nia-brooks", Discipline.SOCIAL_WORKER, day.plus(5, ChronoUnit.DAYS), day.plus(5, ChronoUnit.DAYS)
                .plus(30, ChronoUnit.MINUTES), null, null));
        // The same visit again, saying otherwise: the summary keeps the visit as first documented, its care team too.
        kafka().publish(HOME_SERVICE, new VisitCompleted(socialWorkVisit, patientId, CareSetting.HOME, "VR",
                "sw-someone-else", Discipline.SOCIAL_WORKER, day.plus(12, ChronoUnit.DAYS), day.plus(12, ChronoUnit.DAYS)
                .plus(30, ChronoUnit.MINUTES), null, null));
        kafka().publish(HOME_SERVICE, scheduled(UUID.randomUUID(), patientId, "HH", ahead.plus(1, ChronoUnit.DAYS), day));
        awaitTimeline(patientId, 8);

        JsonPath summary = summaryOf(patientId);

        assertThat(summary.getList("careTeam", Map.class)).extracting(member -> member.get("setting") + " "
                + member.get("clinician") + " " + member.get("discipline")).containsExactly(
                        "INPATIENT dr-rosa-lind PHYSICIAN",
                        "OUTPATIENT dr-helen-park null",
                        "HOME nurse-tom-reyes NURSE",
                        "HOME sw-nia-brooks SOCIAL_WORKER",
                        "HOME nurse-ann-ward null");
        assertThat(Instant.parse(summary.getString("careTeam[2].lastVisitAt"))).as("the latest of his two visits, though it arrived first")
                .isEqualTo(day.plus(9, ChronoUnit.DAYS));
        assertThat(summary.getMap("careTeam[2]")).doesNotContainKey("nextVisitAt");
        assertThat(Instant.parse(summary.getString("careTeam[1].nextVisitAt"))).isEqualTo(ahead);
        assertThat(summary.getMap("careTeam[1]")).doesNotContainKey("lastVisitAt");
        assertThat(Instant.parse(summary.getString("careTeam[4].nextVisitAt"))).isEqualTo(ahead.plus(1, ChronoUnit.DAYS));
    }

    @Test
    void theAgentAndTheAdvanceDirectiveAreTheNewestOfAnySettingWhateverArrivesLast() {
        UUID patientId = patientWithReferral();
        Instant discharged = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        UUID transitionId = UUID.randomUUID();
        Handover handover = new Handover(null, null, null, null, CodeStatus.DNR, null, null,
                new HealthcareAgent("Ruth Test", "daughter", "+1 555 0101"), "Living will scanned to the chart, 2025");
        kafka().publish(OUTPATIENT_SERVICE, new AcpDocumentChanged(UUID.randomUUID(), patientId, CareSetting.OUTPATIENT,
                AcpDocumentType.ADVANCE_DIRECTIVE, AcpDocumentStatus.DRAFTED, null, null, null, null, "Dr. Lydia Ross",
                discharged.minus(30, ChronoUnit.DAYS)));
        kafka().publish(INPATIENT_SERVICE, new PatientTransitioned(transitionId, UUID.randomUUID(), patientId,
                CareSetting.INPATIENT, TransitionOutcome.HOME_PROGRAMME, UUID.randomUUID(), handover, "Dr. Balfour Mount",
                discharged));
        kafka().publish(OUTPATIENT_SERVICE, new AcpDocumentChanged(UUID.randomUUID(), patientId, CareSetting.OUTPATIENT,
                AcpDocumentType.HEALTH_CARE_POWER_OF_ATTORNEY, AcpDocumentStatus.SIGNED, null, null, DAUGHTER, null,
                "Dr. Lydia Ross", discharged.plus(4, ChronoUnit.DAYS)));
        // A code status documented in the clinic before the discharge arrives late: the handover's is newer.
        kafka().publish(OUTPATIENT_SERVICE, codeStatusDocument(patientId, CodeStatus.FULL_CODE,
                discharged.minus(2, ChronoUnit.DAYS)));
        awaitTimeline(patientId, 5);

        JsonPath summary = summaryOf(patientId);

        assertThat(summary.getMap("healthcareAgent.agent")).containsEntry("name", "Grace Hopper")
                .containsEntry("relationship", "daughter");
        assertThat(summary.getString("healthcareAgent.setting")).isEqualTo("OUTPATIENT");
        assertThat(summary.getString("healthcareAgent.recordedBy")).isEqualTo("Dr. Lydia Ross");
        assertThat(summary.getString("advanceDirective.reference")).isEqualTo("Living will scanned to the chart, 2025");
        assertThat(summary.getString("advanceDirective.setting")).isEqualTo("INPATIENT");
        assertThat(summary.getMap("advanceDirective")).doesNotContainKey("status");
        assertThat(summary.getString("advanceDirective.link"))
                .isEqualTo(INPATIENT + "/api/transitions/" + transitionId);
        assertThat(summary.getString("codeStatus.codeStatus")).isEqualTo("DNR");
        assertThat(summary.getString("codeStatus.documentedBy")).isEqualTo("Dr. Balfour Mount");
    }

    @Test
    void aPatientWithoutScoresDecisionsOrAppointmentsHasASummaryOfTheirReferralsAlone() {
        UUID patientId = UUID.fromString(ReferralResourceTest.submit(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(),
                "OUTPATIENT")));

        JsonPath summary = summaryOf(patientId);

        assertThat(summary.getList("currentSettings")).isEmpty();
        assertThat(summary.getList("openReferrals.status", String.class)).containsExactly("REQUESTED");
        assertThat(summary.getList("advanceCarePlanning")).isEmpty();
        assertThat(summary.getMap("$")).doesNotContainKeys("latestEsas", "previousEsas", "latestPps", "previousPps",
                "codeStatus", "nextAppointment", "lastContact");
    }

    @Test
    void anAdvanceCarePlanningDocumentShowsItsLatestStatusAndALateOlderChangeNeverOverwritesIt() {
        UUID patientId = patientWithReferral();
        UUID documentId = UUID.randomUUID();
        Instant discussed = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        kafka().publish(OUTPATIENT_SERVICE, hcpoa(documentId, patientId, AcpDocumentStatus.DISCUSSED, null, null, discussed));
        awaitSummary(patientId, summary -> "DISCUSSED".equals(summary.getString("advanceCarePlanning[0].status")));
        AcpDocumentChanged signed = hcpoa(documentId, patientId, AcpDocumentStatus.SIGNED, AcpDocumentStatus.DISCUSSED, null,
                discussed.plus(7, ChronoUnit.DAYS));
        kafka().publish(OUTPATIENT_SERVICE, signed);
        JsonPath afterSigning = awaitSummary(patientId,
                summary -> "SIGNED".equals(summary.getString("advanceCarePlanning[0].status")));
        assertThat(afterSigning.getString("advanceCarePlanning[0].healthcareAgent.name")).isEqualTo("Grace Hopper");
        kafka().publish(OUTPATIENT_SERVICE, hcpoa(documentId, patientId, AcpDocumentStatus.ON_FILE, AcpDocumentStatus.SIGNED,
                "DocumentReference/hcpoa-7", discussed.plus(9, ChronoUnit.DAYS)));
        awaitSummary(patientId, summary -> "ON_FILE".equals(summary.getString("advanceCarePlanning[0].status")));

        kafka().publish(OUTPATIENT_SERVICE, hcpoa(documentId, patientId, AcpDocumentStatus.DRAFTED, AcpDocumentStatus.DISCUSSED,
                null, discussed.plus(3, ChronoUnit.DAYS)));
        kafka().publish(OUTPATIENT_SERVICE, signed);
        kafka().publish(OUTPATIENT_SERVICE, new AcpDocumentChanged(UUID.randomUUID(), patientId, CareSetting.OUTPATIENT,
                AcpDocumentType.LIVING_WILL, AcpDocumentStatus.DISCUSSED, null, null, null, null, "Dr. Lydia Ross",
                discussed.plus(1, ChronoUnit.DAYS)));
        awaitTimeline(patientId, 7);

        JsonPath summary = summaryOf(patientId);
        assertThat(summary.getList("advanceCarePlanning.documentType", String.class))
                .containsExactly("LIVING_WILL", "HEALTH_CARE_POWER_OF_ATTORNEY");
        assertThat(summary.getMap("advanceCarePlanning[1]")).containsEntry("status", "ON_FILE")
                .containsEntry("reference", "DocumentReference/hcpoa-7")
                .containsEntry("changedAt", discussed.plus(9, ChronoUnit.DAYS).toString())
                .containsEntry("healthcareAgent", Map.of("name", "Grace Hopper", "relationship", "daughter",
                        "phone", "+1 555 0100"));
        assertThat(summary.getString("advanceCarePlanning[0].status")).isEqualTo("DISCUSSED");
        assertThat(timelineOf(patientId).getList("entries.title", String.class)).containsSubsequence(
                "Health care power of attorney on file", "Health care power of attorney signed",
                "Health care power of attorney drafted", "Living will discussed",
                "Health care power of attorney discussed");
    }

    @Test
    void theNewestCodeStatusWinsWhicheverSettingDocumentedItAndALateOlderOneChangesNothing() {
        UUID patientId = patientWithReferral();
        UUID fullCode = UUID.randomUUID();
        UUID dnrDni = UUID.randomUUID();
        Instant admitted = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        kafka().publish(INPATIENT_SERVICE, new CodeStatusChanged(fullCode, patientId, CareSetting.INPATIENT,
                CodeStatus.FULL_CODE, null, "Dr. Ira Byock", admitted));
        awaitSummary(patientId, summary -> "FULL_CODE".equals(summary.getString("codeStatus.codeStatus")));
        kafka().publish(OUTPATIENT_SERVICE, codeStatusDocument(patientId, CodeStatus.DNR, admitted.plus(5, ChronoUnit.DAYS)));
        JsonPath fromTheClinic = awaitSummary(patientId,
                summary -> "DNR".equals(summary.getString("codeStatus.codeStatus")));
        assertThat(fromTheClinic.getString("codeStatus.setting")).isEqualTo("OUTPATIENT");
        assertThat(fromTheClinic.getString("codeStatus.documentedBy")).isEqualTo("Dr. Lydia Ross");
        assertThat(fromTheClinic.getString("codeStatus.link")).isEqualTo(CLINIC + "/api/patients/" + patientId + "/acp");
        kafka().publish(INPATIENT_SERVICE, new CodeStatusChanged(dnrDni, patientId, CareSetting.INPATIENT,
                CodeStatus.DNR_DNI, CodeStatus.FULL_CODE, "Dr. Ira Byock", admitted.plus(8, ChronoUnit.DAYS)));
        awaitSummary(patientId, summary -> "DNR_DNI".equals(summary.getString("codeStatus.codeStatus")));

        kafka().publish(OUTPATIENT_SERVICE, codeStatusDocument(patientId, CodeStatus.COMFORT_MEASURES_ONLY,
                admitted.plus(6, ChronoUnit.DAYS)));
        kafka().publish(INPATIENT_SERVICE, new CodeStatusChanged(fullCode, patientId, CareSetting.INPATIENT,
                CodeStatus.FULL_CODE, null, "Dr. Ira Byock", admitted));
        awaitTimeline(patientId, 6);

        JsonPath summary = summaryOf(patientId);
        assertThat(summary.getMap("codeStatus")).containsEntry("codeStatus", "DNR_DNI").containsEntry("setting", "INPATIENT")
                .containsEntry("documentedAt", admitted.plus(8, ChronoUnit.DAYS).toString())
                .containsEntry("link", INPATIENT + "/api/code-statuses/" + dnrDni);
        assertThat(summary.getMap("advanceCarePlanning[0]")).containsEntry("documentType", "CODE_STATUS")
                .containsEntry("codeStatus", "COMFORT_MEASURES_ONLY");
    }

    @Test
    void theNextAppointmentIsTheEarliestBookedOneStillToComeThroughReschedulingAndCancellation() {
        UUID patientId = patientWithReferral();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant booking = now.minus(2, ChronoUnit.DAYS);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        AppointmentBooked firstBooked = booked(first, patientId, "SYMPTOM_FOCUSED", now.plus(3, ChronoUnit.DAYS), booking);
        kafka().publish(OUTPATIENT_SERVICE, booked(UUID.randomUUID(), patientId, "NEW_PATIENT", now.minus(1, ChronoUnit.DAYS),
                booking.minus(10, ChronoUnit.DAYS)));
        kafka().publish(OUTPATIENT_SERVICE, firstBooked);
        kafka().publish(OUTPATIENT_SERVICE, booked(second, patientId, "FAMILY_MEETING", now.plus(5, ChronoUnit.DAYS),
                booking.plusSeconds(60)));
        awaitSummary(patientId, summary -> first.toString().equals(summary.getString("nextAppointment.appointmentId")));

        Instant movedTo = now.plus(7, ChronoUnit.DAYS);
        kafka().publish(OUTPATIENT_SERVICE, new AppointmentRescheduled(first, patientId, CareSetting.OUTPATIENT,
                "dr-kathleen-foley", now.plus(3, ChronoUnit.DAYS), movedTo, movedTo.plus(45, ChronoUnit.MINUTES),
                "clerk-amy", booking.plus(1, ChronoUnit.DAYS)));
        awaitSummary(patientId, summary -> second.toString().equals(summary.getString("nextAppointment.appointmentId")));
        kafka().publish(OUTPATIENT_SERVICE, firstBooked);
        awaitTimeline(patientId, 6);
        assertThat(summaryOf(patientId).getString("nextAppointment.appointmentId")).isEqualTo(second.toString());

        kafka().publish(OUTPATIENT_SERVICE, new AppointmentCancelled(second, patientId, CareSetting.OUTPATIENT,
                now.plus(5, ChronoUnit.DAYS), "Family cannot come", "clerk-amy", booking.plus(2, ChronoUnit.DAYS)));
        JsonPath afterCancelling = awaitSummary(patientId,
                summary -> first.toString().equals(summary.getString("nextAppointment.appointmentId")));
        assertThat(afterCancelling.getMap("nextAppointment"))
                .containsEntry("startsAt", movedTo.toString())
                .containsEntry("endsAt", movedTo.plus(45, ChronoUnit.MINUTES).toString())
                .containsEntry("clinician", "dr-kathleen-foley")
                .containsEntry("visitType", "SYMPTOM_FOCUSED");

        kafka().publish(OUTPATIENT_SERVICE, new AppointmentCancelled(first, patientId, CareSetting.OUTPATIENT, movedTo,
                "Admitted to hospital", "clerk-amy", booking.plus(3, ChronoUnit.DAYS)));
        awaitSummary(patientId, summary -> summary.get("nextAppointment") == null);
    }

    @Test
    void aScheduledHomeVisitIsTheNextAppointmentUntilTheClinicianChecksInOrItIsMissed() {
        UUID patientId = patientWithReferral();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        UUID homeVisit = UUID.randomUUID();
        UUID videoVisit = UUID.randomUUID();
        UUID appointmentId = UUID.randomUUID();
        Instant homeVisitAt = now.plus(2, ChronoUnit.HOURS);
        Instant videoVisitAt = now.plus(2, ChronoUnit.DAYS);
        kafka().publish(OUTPATIENT_SERVICE, booked(appointmentId, patientId, "FOLLOW_UP", now.plus(4, ChronoUnit.DAYS),
                now.minus(5, ChronoUnit.DAYS)));
        VisitScheduled homeVisitScheduled =
                scheduled(homeVisit, patientId, "HH", homeVisitAt, now.minus(3, ChronoUnit.DAYS));
        kafka().publish(HOME_SERVICE, homeVisitScheduled);
        kafka().publish(HOME_SERVICE, scheduled(videoVisit, patientId, "VR", videoVisitAt, now.minus(2, ChronoUnit.DAYS)));
        JsonPath bothScheduled = awaitSummary(patientId, summary -> nextIs(summary, homeVisit));
        assertThat(bothScheduled.getMap("nextAppointment")).containsEntry("setting", "HOME")
                .containsEntry("clinician", "nurse-ann-ward")
                .containsEntry("startsAt", homeVisitAt.toString())
                .containsEntry("endsAt", homeVisitAt.plus(1, ChronoUnit.HOURS).toString())
                .containsEntry("link", HOME + "/api/visits/" + homeVisit)
                .doesNotContainKey("visitType");

        // The nurse checks in early: the visit is under way, no longer to come, and a late scheduling does not revive it.
        kafka().publish(HOME_SERVICE, new VisitStarted(homeVisit, patientId, CareSetting.HOME, "HH", "nurse-ann-ward",
                Discipline.NURSE, now.minusSeconds(60)));
        awaitSummary(patientId, summary -> nextIs(summary, videoVisit));
        kafka().publish(HOME_SERVICE, homeVisitScheduled);
        awaitTimeline(patientId, 6);
        assertThat(summaryOf(patientId).getString("nextAppointment.appointmentId")).isEqualTo(videoVisit.toString());

        // The patient is admitted to hospital before the video visit: it is missed, and the clinic's appointment is next.
        kafka().publish(HOME_SERVICE, new VisitMissed(videoVisit, patientId, CareSetting.HOME, "VR", Discipline.NURSE,
                "nurse-ann-ward", videoVisitAt, MissedVisitReason.PATIENT_IN_HOSPITAL, "coordinator-mary-seacole", now));
        awaitSummary(patientId, summary -> nextIs(summary, appointmentId));
    }

    @Test
    void aHomeVisitCancelledBeforeItBeganIsNoLongerTheNextAppointmentAndALateSchedulingDoesNotReviveIt() {
        UUID patientId = patientWithReferral();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        UUID homeVisit = UUID.randomUUID();
        UUID appointmentId = UUID.randomUUID();
        kafka().publish(OUTPATIENT_SERVICE, booked(appointmentId, patientId, "FOLLOW_UP", now.plus(4, ChronoUnit.DAYS),
                now.minus(5, ChronoUnit.DAYS)));
        VisitScheduled homeVisitScheduled =
                scheduled(homeVisit, patientId, "HH", now.plus(1, ChronoUnit.DAYS), now.minus(3, ChronoUnit.DAYS));
        kafka().publish(HOME_SERVICE, homeVisitScheduled);
        awaitSummary(patientId, summary -> nextIs(summary, homeVisit));

        kafka().publish(HOME_SERVICE, new VisitCancelled(homeVisit, patientId, CareSetting.HOME, "HH", Discipline.NURSE,
                "nurse-ann-ward", homeVisitScheduled.scheduledStart(), "coordinator-mary-seacole", now));
        awaitSummary(patientId, summary -> nextIs(summary, appointmentId));
        kafka().publish(HOME_SERVICE, homeVisitScheduled);
        awaitTimeline(patientId, 5);
        assertThat(summaryOf(patientId).getString("nextAppointment.appointmentId")).isEqualTo(appointmentId.toString());
    }

    @Test
    void aClinicianSeesTheSummaryOfThePatientsOnTheirSettingsCensusAndEveryReadIsAudited() {
        UUID patientId = UUID.fromString(ReferralResourceTest.submit(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(),
                "OUTPATIENT")));
        String clinic = "clinic-clinician-" + UUID.randomUUID();
        String hospital = "hospital-clinician-" + UUID.randomUUID();
        String ehr = "ehr-" + UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        String path = "/api/patients/" + patientId + "/summary";

        AccessChecks.as(token(clinic, Roles.CLINICIAN, CareSetting.OUTPATIENT)).get(path).then().statusCode(200);
        AccessChecks.as(token(hospital, Roles.CLINICIAN, CareSetting.INPATIENT)).get(path).then().statusCode(404)
                .contentType("application/problem+json");
        AccessChecks.as(token(hospital, Roles.CLINICIAN, CareSetting.INPATIENT))
                .get("/api/patients/{id}/summary", unknown).then().statusCode(404);
        AccessChecks.as(TestTokens.as(ehr, Roles.EHR_SYSTEM, Optional.empty())).get(path).then().statusCode(403);
        given().get("/api/patients/{id}/summary", unknown).then().statusCode(404);

        assertThat(audited(clinic)).containsExactly("READ summary GET " + path + " 200 SUCCESS " + patientId);
        assertThat(audited(hospital)).containsExactly(
                "READ summary GET /api/patients/" + unknown + "/summary 404 DENIED " + unknown,
                "READ summary GET " + path + " 404 DENIED " + patientId);
        assertThat(audited(ehr)).containsExactly("READ summary GET " + path + " 403 DENIED " + patientId);
    }

    @Test
    void theApiDocumentDescribesTheSummaryItsPartsAndItsErrors() {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();

        String operation = "paths.'/api/patients/{patientId}/summary'.get";
        assertThat(document.getString(operation + ".summary")).startsWith("The patient's summary");
        assertThat(document.getString(operation + ".description")).contains("newest by clinical time wins");
        assertThat(document.getMap(operation + ".responses")).containsKeys("200", "401", "403", "404", "500");
        assertThat(document.getString(operation + ".responses.'404'.content.'application/problem+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.getString(operation + ".responses.'200'.content.'application/json'.schema.$ref"))
                .isEqualTo("#/components/schemas/PatientSummaryView");
        assertThat(document.getMap("components.schemas.PatientSummaryView.properties")).containsOnlyKeys("patientId",
                "currentSettings", "openReferrals", "latestEsas", "previousEsas", "latestPps", "previousPps", "codeStatus",
                "advanceCarePlanning", "nextAppointment", "lastContact", "careTeam", "healthcareAgent", "advanceDirective");
        assertThat(document.getMap("components.schemas.CareTeamMember.properties")).containsOnlyKeys("setting",
                "clinician", "discipline", "lastVisitAt", "nextVisitAt");
        assertThat(document.getMap("components.schemas.AcpDocument.properties")).containsKeys("documentType", "status",
                "reference", "healthcareAgent", "codeStatus", "setting", "link");
    }

    private static String token(String user, String role, CareSetting setting) {
        return TestTokens.as(user, role, Optional.of(setting));
    }

    /** The caller's audit entries, newest first. */
    private static List<String> audited(String actor) {
        return AccessChecks.auditOf(actor).stream().map(entry -> entry.get("action") + " " + entry.get("resource") + " "
                + entry.get("request") + " " + entry.get("status") + " " + entry.get("outcome") + " "
                + entry.get("patientId")).toList();
    }

    private static AcpDocumentChanged hcpoa(UUID documentId, UUID patientId, AcpDocumentStatus status,
            AcpDocumentStatus previous, String reference, Instant changedAt) {
        return new AcpDocumentChanged(documentId, patientId, CareSetting.OUTPATIENT,
                AcpDocumentType.HEALTH_CARE_POWER_OF_ATTORNEY, status, previous, reference,
                status == AcpDocumentStatus.DISCUSSED ? null : DAUGHTER, null, "Dr. Lydia Ross", changedAt);
    }

    private static AcpDocumentChanged codeStatusDocument(UUID patientId, CodeStatus codeStatus, Instant changedAt) {
        return new AcpDocumentChanged(UUID.randomUUID(), patientId, CareSetting.OUTPATIENT, AcpDocumentType.CODE_STATUS,
                AcpDocumentStatus.SIGNED, null, null, null, codeStatus, "Dr. Lydia Ross", changedAt);
    }

    private static AppointmentBooked booked(UUID appointmentId, UUID patientId, String visitType, Instant startsAt,
            Instant bookedAt) {
        return new AppointmentBooked(appointmentId, patientId, CareSetting.OUTPATIENT, "dr-helen-park", visitType,
                startsAt, startsAt.plus(30, ChronoUnit.MINUTES), "clerk-amy", bookedAt);
    }

    private static boolean nextIs(JsonPath summary, UUID appointmentId) {
        return appointmentId.toString().equals(summary.getString("nextAppointment.appointmentId"));
    }

    private static VisitScheduled scheduled(UUID visitId, UUID patientId, String encounterClass, Instant scheduledStart,
            Instant scheduledAt) {
        return new VisitScheduled(visitId, patientId, CareSetting.HOME, encounterClass, Discipline.NURSE, "nurse-ann-ward",
                scheduledStart, scheduledStart.plus(1, ChronoUnit.HOURS), false, "coordinator-mary-seacole", scheduledAt);
    }

    private KafkaEvents kafka() {
        return new KafkaEvents(bootstrapServers);
    }

    private static JsonPath refer(String mrn, String setting) {
        return given().contentType(ContentType.JSON).body(ReferralResourceTest.referral(mrn, setting))
                .post("/api/referrals").then().statusCode(201).extract().jsonPath();
    }

    private static UUID patientWithReferral() {
        UUID patientId = UUID.fromString(ReferralResourceTest.submit(
                ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "OUTPATIENT")));
        awaitTimeline(patientId, 1);
        return patientId;
    }

    private static JsonPath summaryOf(UUID patientId) {
        return given().get("/api/patients/{id}/summary", patientId).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitSummary(UUID patientId, Predicate<JsonPath> shows) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> summaryOf(patientId), shows::test);
    }

    private static JsonPath timelineOf(UUID patientId) {
        return given().get("/api/patients/{id}/timeline", patientId).then().statusCode(200).extract().jsonPath();
    }

    /** The summary is kept in the transaction that puts the event on the timeline: once there, it is in the summary. */
    private static void awaitTimeline(UUID patientId, int entries) {
        await().atMost(Duration.ofSeconds(30)).until(() -> timelineOf(patientId).getList("entries").size() >= entries);
    }
}
