package org.pallium.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pallium.events.CareSetting;
import org.pallium.platform.local.LocalSuite;
import org.pallium.platform.local.SuiteService;
import org.pallium.platform.security.Roles;

/**
 * The authorisation matrix: every endpoint of every service, for every role, on a patient of the
 * caller's own (on their census, on their caseload, referred by them) and on another, allowed or
 * denied as {@link #matrix()} says. The matrix is the one table of who may do what; an endpoint that
 * a service's OpenAPI document lists and the table does not fails the build.
 *
 * <p>Allowed means the request got past access control: neither 401, 403 nor 404 (a 409 of a step
 * the referral cannot take, or a 422, is allowed). A role the endpoint does not admit gets 403. A
 * patient outside the caller's scope gets 404 from a single read or write, as if it did not exist,
 * and is simply absent from a list.
 */
@ExtendWith(SuiteExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixIT {

    /** Who may call an endpoint, for one role. */
    enum Access {
        NONE,
        /** Only for the caller's own patients. */
        OWN,
        /** For any patient. */
        ALL
    }

    /** How an endpoint shows what the caller may not see. */
    enum Kind {
        /** Reads or writes one patient's record: out of scope is 404. */
        ONE,
        /** Lists records: out of scope is absent. */
        LIST,
        /**
         * Uploads a batch with one item about the patient, answered 200 item by item: out of scope is
         * the item's problem, 404, as a single write's answer would be.
         */
        BATCH,
        /** Touches no existing patient (a new referral) or no patient at all. */
        UNSCOPED,
        /** Holds no patient's data, such as the clinic's schedule: not audited. */
        NO_PATIENT_DATA
    }

    private static final List<String> ROLES = List.of(Roles.EHR_SYSTEM, Roles.CLINICIAN, Roles.HOME_NURSE,
            Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN);

    /** The ESAS-r the matrix records, always the same, so that no measure ever worsens. */
    private static final Map<String, Object> ESAS = Map.of("pain", 4, "tiredness", 5, "drowsiness", 2, "nausea", 1,
            "lackOfAppetite", 3, "shortnessOfBreath", 6, "depression", 2, "anxiety", 4, "wellbeing", 5, "completedBy", "PATIENT");

    /**
     * One row per endpoint: the service, the method and path as its OpenAPI document names them,
     * how it answers out of scope, who may call it, and the request a caller sends about a patient
     * ({@link Target}). Roles left out have no access. In a care service "clinician" is a
     * clinician of that service's setting; in the gateway, of the clinic (OUTPATIENT).
     */
    private List<Rule> matrix() {
        List<Rule> rows = new ArrayList<>(List.of(
                // referral-gateway: an EHR submits and follows its own referrals; the teams read their census
                rule(SuiteService.REFERRAL_GATEWAY, "POST /api/referrals", Kind.UNSCOPED, "ehr-system:all coordinator:all",
                        target -> Request.json(ReferralRequests.referral("MATRIX-NEW-" + target.serial(), "OUTPATIENT"))),
                rule(SuiteService.REFERRAL_GATEWAY, "GET /api/referrals", Kind.LIST, "ehr-system:own clinician:own coordinator:all",
                        target -> Request.query("patientId", target.patientId()).showing(target.referralId())),
                rule(SuiteService.REFERRAL_GATEWAY, "GET /api/referrals/{referralId}", Kind.ONE,
                        "ehr-system:own clinician:own coordinator:all", target -> Request.NONE),
                rule(SuiteService.REFERRAL_GATEWAY, "DELETE /api/referrals/{referralId}", Kind.ONE,
                        "ehr-system:own coordinator:all", Target::cancellable,
                        target -> Request.json(Map.of("reason", "Cancelled for the matrix"))),
                rule(SuiteService.REFERRAL_GATEWAY, "POST /api/patients", Kind.UNSCOPED, "ehr-system:all clinician:all coordinator:all",
                        target -> Request.json(ReferralRequests.patient("MATRIX-PATIENT-" + target.serial(), world.patientName()))),
                rule(SuiteService.REFERRAL_GATEWAY, "GET /api/patients/{patientId}/summary", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.NONE),
                rule(SuiteService.REFERRAL_GATEWAY, "GET /api/patients/{patientId}/timeline", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.NONE),
                rule(SuiteService.REFERRAL_GATEWAY, "GET /fhir/r4/Patient/{patientId}/$everything", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.NONE),
                // the quality measures: counts of no patient; the worklist names patients with advanced cancer, which
                // the matrix's patients (heart failure) never are, so its row checks the roles; a clinician's census
                // scope is the gateway's QualityMeasuresResourceTest's
                rule(SuiteService.REFERRAL_GATEWAY, "GET /api/quality/time-to-first-visit", Kind.UNSCOPED,
                        "clinician:all coordinator:all", target -> Request.NONE),
                rule(SuiteService.REFERRAL_GATEWAY, "GET /api/quality/advanced-cancer-worklist", Kind.UNSCOPED,
                        "clinician:all coordinator:all", target -> Request.NONE),
                rule(SuiteService.REFERRAL_GATEWAY, "POST /fhir/r4/ServiceRequest", Kind.UNSCOPED, "ehr-system:all coordinator:all",
                        target -> Request.fhir(ReferralRequests.serviceRequest("MATRIX-FHIR-" + target.serial(), "OUTPATIENT"))),
                rule(SuiteService.REFERRAL_GATEWAY, "GET /fhir/r4/ServiceRequest/{id}", Kind.ONE,
                        "ehr-system:own clinician:own coordinator:all", target -> Request.NONE),
                rule(SuiteService.REFERRAL_GATEWAY, "PUT /fhir/r4/ServiceRequest/{id}", Kind.ONE,
                        "ehr-system:own coordinator:all", Target::cancellable, target -> Request.fhir(world.revocationOf(target))),
                rule(SuiteService.REFERRAL_GATEWAY, "GET /fhir/r4/Task", Kind.LIST, "ehr-system:own clinician:own coordinator:all",
                        target -> Request.query("based-on", "ServiceRequest/" + target.referralId()).showing(target.referralId())),
                rule(SuiteService.REFERRAL_GATEWAY, "GET /fhir/r4/Task/{id}", Kind.ONE,
                        "ehr-system:own clinician:own coordinator:all", target -> Request.NONE),
                // the read model rebuilt from Kafka: every patient's, so an administrator's task alone
                rule(SuiteService.REFERRAL_GATEWAY, "POST /api/admin/read-model/rebuild", Kind.UNSCOPED, "admin:all",
                        target -> Request.NONE),
                rule(SuiteService.REFERRAL_GATEWAY, "GET /fhir/r4/metadata", Kind.UNSCOPED,
                        "ehr-system:all clinician:all home-nurse:all coordinator:all auditor:all admin:all", target -> Request.NONE),

                // inpatient-service: the consult team's census and each consult's course. A consult asked for in
                // the hospital is a new patient's. The writes change nothing another cell sees: a put sends the
                // same body each time; an assessment with the same scores, a conversation, or the code status
                // the patient has already adds to the patient's history; a follow-up that starts before the
                // consult was requested is refused (422); signing off the triage patient's consult, which the
                // team never saw, is refused (409); and the transition retries one made already (200).
                rule(SuiteService.INPATIENT, "GET /api/consults/response-times", Kind.UNSCOPED, "clinician:all coordinator:all",
                        target -> Request.NONE),
                rule(SuiteService.INPATIENT, "GET /api/consults", Kind.LIST, "clinician:own coordinator:all",
                        target -> Request.query("referralId", target.referralId()).showing(target.consultId())),
                rule(SuiteService.INPATIENT, "POST /api/consults", Kind.UNSCOPED, "ehr-system:all clinician:all coordinator:all",
                        target -> Request.json(ReferralRequests.consultRequest(UUID.randomUUID(), "MATRIX-CONSULT-" + target.serial(),
                                world.patientName()))),
                rule(SuiteService.INPATIENT, "GET /api/consults/{consultId}", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.NONE),
                rule(SuiteService.INPATIENT, "PUT /api/consults/{consultId}/location", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.json(Map.of("unit", "5 West", "bed", "12B", "admittingService", "Oncology"))),
                rule(SuiteService.INPATIENT, "PUT /api/consults/{consultId}/team", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.json(Map.of("members", List.of(Map.of("member", World.userIn(Roles.CLINICIAN),
                                "name", "Dr. Matrix", "discipline", "PHYSICIAN", "role", "LEAD"))))),
                rule(SuiteService.INPATIENT, "POST /api/consults/{consultId}/sign-off", Kind.ONE, "clinician:own coordinator:all",
                        Target::triage, target -> Request.json(Map.of("reason", "Symptoms controlled"))),
                rule(SuiteService.INPATIENT, "POST /api/consults/{consultId}/transition", Kind.ONE, "clinician:own coordinator:all",
                        Target::transitioned, target -> Request.json(Map.of("outcome", "HOSPICE"))),
                rule(SuiteService.INPATIENT, "GET /api/consults/{consultId}/encounters", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.NONE),
                rule(SuiteService.INPATIENT, "POST /api/consults/{consultId}/encounters", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.json(Map.of("kind", "FOLLOW_UP", "clinician", "Dr. Matrix", "discipline", "PHYSICIAN",
                                "startedAt", World.HOUR_AGO, "endedAt", World.NOW, "notes", "Matrix follow-up"))),
                rule(SuiteService.INPATIENT, "GET /api/encounters/{encounterId}", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.NONE),
                rule(SuiteService.INPATIENT, "POST /api/consults/{consultId}/assessments", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.json(Map.of("assessedAt", Instant.now().toString(), "esas", ESAS, "pps", 50))),
                rule(SuiteService.INPATIENT, "GET /api/patients/{patientId}/assessments", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.NONE),
                rule(SuiteService.INPATIENT, "POST /api/consults/{consultId}/goals-of-care", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.json(Map.of("heldAt", Instant.now().toString(), "participants", List.of("patient", "son"),
                                "whatMatters", "Being at peace", "decisions", "Continue comfort care"))),
                rule(SuiteService.INPATIENT, "POST /api/consults/{consultId}/code-status", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.json(Map.of("codeStatus", World.CODE_STATUS, "effectiveAt", Instant.now().toString()))),
                rule(SuiteService.INPATIENT, "PUT /api/consults/{consultId}/advance-directive", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.json(Map.of("status", "DISCUSSED",
                                "note", "Discussed with the patient and his son", "healthcareAgent",
                                Map.of("name", "Sam Agent", "relationship", "son", "phone", "+1 555 0100")))),
                rule(SuiteService.INPATIENT, "GET /api/patients/{patientId}/goals-of-care", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.NONE),
                rule(SuiteService.INPATIENT, "GET /api/goals-of-care/{conversationId}", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.NONE),
                rule(SuiteService.INPATIENT, "GET /api/code-statuses/{codeStatusId}", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.NONE),
                rule(SuiteService.INPATIENT, "GET /api/transitions/{transitionId}", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.NONE),

                // outpatient-service: the clinic
                rule(SuiteService.OUTPATIENT, "POST /api/visits", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.json(Map.of("patientId", target.patientId(), "visitType", "FOLLOW_UP",
                                "clinician", "Dr. Matrix", "discipline", "PHYSICIAN", "startedAt", World.HOUR_AGO, "endedAt", World.NOW))),
                rule(SuiteService.OUTPATIENT, "GET /api/visits", Kind.LIST, "clinician:own coordinator:all",
                        target -> Request.query("patientId", target.patientId()).showing(target.visitId())),
                rule(SuiteService.OUTPATIENT, "GET /api/visits/{visitId}", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.NONE),
                rule(SuiteService.OUTPATIENT, "GET /api/referrals", Kind.LIST, "clinician:own coordinator:all",
                        target -> Request.query("patientId", target.patientId()).showing(target.referralId())),
                rule(SuiteService.OUTPATIENT, "GET /api/referrals/{referralId}", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.NONE),

                rule(SuiteService.OUTPATIENT, "GET /api/patients/{patientId}/assessments", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.NONE),
                rule(SuiteService.OUTPATIENT, "POST /api/acp-documents", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.json(Map.of("patientId", target.patientId(), "documentType", "LIVING_WILL",
                                "status", "DISCUSSED"))),
                rule(SuiteService.OUTPATIENT, "POST /api/acp-documents/{documentId}/changes", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.json(Map.of("status", "DISCUSSED"))),
                rule(SuiteService.OUTPATIENT, "GET /api/acp-documents/{documentId}", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.NONE),
                rule(SuiteService.OUTPATIENT, "POST /api/acp-sessions", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.json(Map.of("patientId", target.patientId(), "heldAt", World.HOUR_AGO,
                                "participants", List.of("patient"), "notes", "Matrix session"))),
                rule(SuiteService.OUTPATIENT, "GET /api/acp-sessions/{sessionId}", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.NONE),
                rule(SuiteService.OUTPATIENT, "GET /api/patients/{patientId}/acp", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.NONE),
                rule(SuiteService.OUTPATIENT, "POST /api/onward-referrals", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.json(Map.of("patientId", target.patientId(), "service", "SOCIAL_WORK",
                                "reason", "Matrix"))),
                rule(SuiteService.OUTPATIENT, "POST /api/onward-referrals/{onwardReferralId}/steps", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.json(Map.of("status", "SCHEDULED"))),
                rule(SuiteService.OUTPATIENT, "GET /api/onward-referrals", Kind.LIST, "clinician:own coordinator:all",
                        target -> Request.query("patientId", target.patientId())
                                .showing(target.pathValues().get("onwardReferralId"))),
                rule(SuiteService.OUTPATIENT, "GET /api/onward-referrals/{onwardReferralId}", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.NONE),

                // outpatient-service: the clinic's schedule, which holds no patient's data
                rule(SuiteService.OUTPATIENT, "GET /api/visit-types", Kind.NO_PATIENT_DATA, "clinician:all coordinator:all",
                        target -> Request.NONE),
                rule(SuiteService.OUTPATIENT, "GET /api/clinicians", Kind.NO_PATIENT_DATA, "clinician:all coordinator:all",
                        target -> Request.NONE),
                rule(SuiteService.OUTPATIENT, "GET /api/clinicians/{clinicianId}", Kind.NO_PATIENT_DATA,
                        "clinician:all coordinator:all", target -> Request.NONE),
                rule(SuiteService.OUTPATIENT, "PUT /api/clinicians/{clinicianId}", Kind.NO_PATIENT_DATA,
                        "clinician:all coordinator:all",
                        target -> Request.json(Map.of("name", "Dr. Matrix Clinic", "discipline", "PHYSICIAN"))),
                rule(SuiteService.OUTPATIENT, "GET /api/clinicians/{clinicianId}/weekly-template", Kind.NO_PATIENT_DATA,
                        "clinician:all coordinator:all", target -> Request.NONE),
                rule(SuiteService.OUTPATIENT, "PUT /api/clinicians/{clinicianId}/weekly-template", Kind.NO_PATIENT_DATA,
                        "clinician:all coordinator:all", target -> Request.json(Map.of("blocks",
                                Arrays.stream(DayOfWeek.values()).map(day -> Map.of("dayOfWeek", day.name(),
                                        "startsAt", "00:00", "endsAt", "23:45")).toList()))),
                rule(SuiteService.OUTPATIENT, "POST /api/schedule-exceptions", Kind.NO_PATIENT_DATA,
                        "clinician:all coordinator:all", target -> Request.json(Map.of("kind", "HOLIDAY",
                                "startsAt", World.FAR_AHEAD.toString(),
                                "endsAt", World.FAR_AHEAD.plus(1, ChronoUnit.DAYS).toString()))),
                rule(SuiteService.OUTPATIENT, "GET /api/schedule-exceptions", Kind.NO_PATIENT_DATA,
                        "clinician:all coordinator:all", target -> Request.NONE),
                rule(SuiteService.OUTPATIENT, "GET /api/schedule-exceptions/{exceptionId}", Kind.NO_PATIENT_DATA,
                        "clinician:all coordinator:all", target -> Request.NONE),
                // after the read above: withdrawing is idempotent, so every cell after the first withdraws nothing
                rule(SuiteService.OUTPATIENT, "DELETE /api/schedule-exceptions/{exceptionId}", Kind.NO_PATIENT_DATA,
                        "clinician:all coordinator:all", target -> Request.NONE),
                rule(SuiteService.OUTPATIENT, "GET /api/slots", Kind.NO_PATIENT_DATA, "clinician:all coordinator:all",
                        target -> Request.query(Map.of("clinician", World.CLINIC_CLINICIAN, "visitType", "FOLLOW_UP",
                                "from", World.CLINIC_FROM, "to", World.CLINIC_TO))),

                // outpatient-service: the patients' appointments. A booking asks for the time the patient's
                // own appointment holds, so it is refused (409) after the access check and books nothing.
                rule(SuiteService.OUTPATIENT, "POST /api/appointments", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.json(Map.of("patientId", target.patientId(), "clinician", World.CLINIC_CLINICIAN,
                                "visitType", "FOLLOW_UP", "startsAt", target.pathValues().get("appointmentAt")))),
                rule(SuiteService.OUTPATIENT, "GET /api/appointments", Kind.LIST, "clinician:own coordinator:all",
                        target -> Request.query("patientId", target.patientId())
                                .showing(target.pathValues().get("appointmentId"))),
                rule(SuiteService.OUTPATIENT, "GET /api/appointments/{appointmentId}", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.NONE),
                rule(SuiteService.OUTPATIENT, "POST /api/appointments/{appointmentId}/rescheduling", Kind.ONE,
                        "clinician:own coordinator:all",
                        target -> Request.json(Map.of("startsAt", target.pathValues().get("appointmentAt")))),
                rule(SuiteService.OUTPATIENT, "GET /api/clinicians/{clinicianId}/appointments", Kind.LIST,
                        "clinician:own coordinator:all", target -> Request.query(Map.of("from", World.CLINIC_FROM,
                                "to", World.CLINIC_TO)).showing(target.pathValues().get("appointmentId"))),
                rule(SuiteService.OUTPATIENT, "PUT /api/patients/{patientId}/campus-appointments", Kind.ONE,
                        "ehr-system:all clinician:own coordinator:all", target -> Request.json(Map.of("appointments",
                                List.of(Map.of("id", "EHR-MATRIX-1", "startsAt", World.FAR_AHEAD.toString(),
                                        "endsAt", World.FAR_AHEAD.plus(1, ChronoUnit.HOURS).toString(),
                                        "description", "Chemotherapy infusion"))))),
                rule(SuiteService.OUTPATIENT, "GET /api/patients/{patientId}/campus-appointments", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.NONE),
                rule(SuiteService.OUTPATIENT, "GET /api/patients/{patientId}/slot-suggestions", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.query(Map.of("visitType", "FOLLOW_UP",
                                "from", World.CLINIC_FROM, "to", World.CLINIC_TO))),
                // the steps last: each may end the appointment; every later cell is refused by its status (409)
                rule(SuiteService.OUTPATIENT, "POST /api/appointments/{appointmentId}/check-in", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.NONE),
                rule(SuiteService.OUTPATIENT, "POST /api/appointments/{appointmentId}/completion", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.NONE),
                rule(SuiteService.OUTPATIENT, "POST /api/appointments/{appointmentId}/cancellation", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.json(Map.of("reason", "Matrix"))),
                rule(SuiteService.OUTPATIENT, "POST /api/appointments/{appointmentId}/no-show", Kind.ONE,
                        "clinician:own coordinator:all", target -> Request.NONE),

                // home-visit-service: the home programme and its nurses' caseloads
                // the census's largest page, newest first: the matrix's admission stays on it however many the suite adds
                rule(SuiteService.HOME_VISIT, "GET /api/admissions", Kind.LIST, "clinician:own home-nurse:own coordinator:all",
                        target -> Request.query("limit", 200).showing(target.admissionId())),
                rule(SuiteService.HOME_VISIT, "GET /api/admissions/{admissionId}", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all", target -> Request.NONE),
                rule(SuiteService.HOME_VISIT, "POST /api/visits", Kind.ONE, "clinician:own home-nurse:own coordinator:all",
                        target -> Request.json(Map.of("patientId", target.patientId(), "clinician", World.NURSE,
                                "discipline", "NURSE", "startedAt", World.HOUR_AGO, "endedAt", World.NOW))),
                rule(SuiteService.HOME_VISIT, "GET /api/visits", Kind.LIST, "clinician:own home-nurse:own coordinator:all",
                        target -> Request.query("patientId", target.patientId()).showing(target.visitId())),
                rule(SuiteService.HOME_VISIT, "GET /api/visits/{visitId}", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all", target -> Request.NONE),
                rule(SuiteService.HOME_VISIT, "GET /api/patients/{patientId}/essentials", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all", target -> Request.NONE),
                // the patient's records: an edit without If-Match is refused (428) after the access check and
                // changes nothing; a record under an id already used is a retry (200); the off-census patient
                // takes no new record (422); a note is written and deleted under a new id, as a note is its author's
                rule(SuiteService.HOME_VISIT, "GET /api/patients/{patientId}/home", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all", target -> Request.NONE),
                rule(SuiteService.HOME_VISIT, "PUT /api/patients/{patientId}/home", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all", target -> Request.json(Map.of("residence", "PRIVATE_HOME",
                                "addressLine", "1 Matrix Way", "city", "Springfield", "allergiesStatus", "UNKNOWN"))),
                rule(SuiteService.HOME_VISIT, "GET /api/patients/{patientId}/family-contacts", Kind.LIST,
                        "clinician:own home-nurse:own coordinator:all", target -> Request.NONE.showing(target.pathValues().get("contactId"))),
                rule(SuiteService.HOME_VISIT, "PUT /api/patients/{patientId}/family-contacts/{contactId}", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all", target -> Request.json(Map.of("name", "Matrix Sibling",
                                "relationship", "SIBLING", "primaryCaregiver", false))),
                rule(SuiteService.HOME_VISIT, "DELETE /api/patients/{patientId}/family-contacts/{contactId}", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all", target -> Request.NONE),
                rule(SuiteService.HOME_VISIT, "GET /api/patients/{patientId}/family-support", Kind.LIST,
                        "clinician:own home-nurse:own coordinator:all", target -> Request.NONE.showing(target.pathValues().get("supportId"))),
                rule(SuiteService.HOME_VISIT, "POST /api/patients/{patientId}/family-support", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all", target -> Request.json(Map.of(
                                "id", target.pathValues().get("supportId"), "focus", "SIBLING_SUPPORT", "mode", "PHONE",
                                "occurredAt", World.HOUR_AGO, "durationMinutes", 20, "discipline", "SOCIAL_WORKER"))),
                rule(SuiteService.HOME_VISIT, "GET /api/patients/{patientId}/concerns", Kind.LIST,
                        "clinician:own home-nurse:own coordinator:all", target -> Request.NONE.showing(target.pathValues().get("concernId"))),
                rule(SuiteService.HOME_VISIT, "PUT /api/patients/{patientId}/concerns/{concernId}", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all", target -> Request.json(Map.of("category", "SAFETY",
                                "description", "Loose rug in the hallway", "raisedAt", World.HOUR_AGO))),
                rule(SuiteService.HOME_VISIT, "GET /api/patients/{patientId}/notes", Kind.LIST,
                        "clinician:own home-nurse:own coordinator:all", target -> Request.NONE.showing(target.pathValues().get("noteId"))),
                rule(SuiteService.HOME_VISIT, "PUT /api/patients/{patientId}/notes/{noteId}", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all", target -> target.withNew("noteId"),
                        target -> Request.json(Map.of("writtenAt", World.HOUR_AGO, "discipline", "NURSE", "text", "Matrix note"))),
                rule(SuiteService.HOME_VISIT, "DELETE /api/patients/{patientId}/notes/{noteId}", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all", target -> target.withNew("noteId"), target -> Request.NONE),
                // the offline upload: a note under a new id, applied, or refused for the off-census patient (422);
                // the delta of the patient's changes shows the note the world wrote
                rule(SuiteService.HOME_VISIT, "POST /api/sync", Kind.BATCH, "clinician:own home-nurse:own coordinator:all",
                        target -> Request.json(Map.of("items", List.of(Map.of("mutationId", UUID.randomUUID(), "kind", "NOTE",
                                "operation", "UPSERT", "id", UUID.randomUUID(), "patientId", target.patientId(),
                                "data", Map.of("writtenAt", World.HOUR_AGO, "discipline", "NURSE", "text", "Matrix note")))))),
                // a phone keeps the census at most: a coordinator's delta leaves out a patient whose admission ended
                rule(SuiteService.HOME_VISIT, "GET /api/sync", Kind.LIST, "clinician:own home-nurse:own coordinator:own",
                        target -> Request.query(Map.of("patientId", target.patientId(), "limit", "500"))
                                .showing(target.pathValues().get("noteId"))),
                rule(SuiteService.HOME_VISIT, "GET /api/patients/{patientId}/home-assessments", Kind.LIST,
                        "clinician:own home-nurse:own coordinator:all",
                        target -> Request.NONE.showing(target.pathValues().get("assessmentId"))),
                rule(SuiteService.HOME_VISIT, "PUT /api/patients/{patientId}/home-assessments/{assessmentId}", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all",
                        target -> Request.json(Map.of("assessedAt", World.HOUR_AGO, "pps", 50))),

                // the schedule: planning, scheduling and reassigning are the team's and the coordinators' (a
                // nurse is refused, 403); a plan or visit under its id again is a retry, ending a plan without
                // If-Match is refused (428); a route is the caller's own, whatever their role: the visits
                // assigned to them, so the patient on the census is on each route today and the others are not
                rule(SuiteService.HOME_VISIT, "GET /api/patients/{patientId}/visit-plans", Kind.LIST,
                        "clinician:own home-nurse:own coordinator:all", target -> Request.NONE.showing(target.pathValues().get("planId"))),
                rule(SuiteService.HOME_VISIT, "POST /api/patients/{patientId}/visit-plans", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.json(Map.of("id", target.pathValues().get("planId"), "discipline", "NURSE",
                                "mode", "IN_PERSON", "everyWeeks", 1, "weekday", "MONDAY", "localStart", "10:00",
                                "durationMinutes", 45, "startsOn", World.HOME_TODAY.toString()))),
                rule(SuiteService.HOME_VISIT, "POST /api/visit-plans/{planId}/end", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.query("lastDay", World.HOME_TODAY.plusDays(60))),
                rule(SuiteService.HOME_VISIT, "POST /api/scheduled-visits", Kind.ONE, "clinician:own coordinator:all",
                        target -> Request.json(Map.of("id", target.pathValues().get("cancelledVisitId"),
                                "patientId", target.patientId(), "discipline", "NURSE", "mode", "IN_PERSON",
                                "assignedTo", World.NURSE, "scheduledStart", World.FAR_AHEAD.toString(), "durationMinutes", 45))),
                rule(SuiteService.HOME_VISIT, "GET /api/me/visits", Kind.LIST, "clinician:own home-nurse:own coordinator:own",
                        target -> Request.query("date", World.HOME_TODAY).showing(target.patientId())),
                rule(SuiteService.HOME_VISIT, "POST /api/visit-reassignments", Kind.UNSCOPED, "clinician:all coordinator:all",
                        target -> Request.json(Map.of("from", "matrix-nurse-on-leave", "to", "matrix-nurse-covering",
                                "firstDay", World.HOME_TODAY.toString(), "lastDay", World.HOME_TODAY.toString()))),

                // the nurse line: a call under its id again is a retry; the roster holds no patient's data but
                // is the home team's, planned by the coordinators; someone is on call while the matrix runs
                rule(SuiteService.HOME_VISIT, "POST /api/calls", Kind.ONE, "clinician:own home-nurse:own coordinator:all",
                        target -> Request.json(Map.of("id", target.pathValues().get("callId"), "patientId", target.patientId(),
                                "callerType", "FAMILY", "receivedAt", World.HOUR_AGO, "durationSeconds", 240,
                                "reason", "PAIN", "outcome", "ADVICE_GIVEN"))),
                rule(SuiteService.HOME_VISIT, "GET /api/calls", Kind.LIST, "clinician:own home-nurse:own coordinator:all",
                        target -> Request.query("patientId", target.patientId()).showing(target.pathValues().get("callId"))),
                rule(SuiteService.HOME_VISIT, "GET /api/calls/{callId}", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all", target -> Request.NONE),
                rule(SuiteService.HOME_VISIT, "POST /api/on-call/shifts", Kind.UNSCOPED, "coordinator:all",
                        target -> Request.json(World.PAST_SHIFT)),
                rule(SuiteService.HOME_VISIT, "GET /api/on-call/shifts", Kind.UNSCOPED, "clinician:all home-nurse:all coordinator:all",
                        target -> Request.query(Map.of("from", World.HOUR_AGO, "to", World.NOW))),
                rule(SuiteService.HOME_VISIT, "GET /api/on-call/now", Kind.UNSCOPED, "clinician:all home-nurse:all coordinator:all",
                        target -> Request.NONE),
                // where every patient of an agency lives: the coordinators' only
                rule(SuiteService.HOME_VISIT, "GET /api/evv/export", Kind.UNSCOPED, "coordinator:all",
                        target -> Request.query(Map.of("date", World.HOME_TODAY.toString(), "agency", World.AGENCY))),
                // the steps last, on the patient's cancelled visit: each is refused by its status (409), the
                // cancellation repeats (200); a nurse takes the steps of the visits assigned to them
                rule(SuiteService.HOME_VISIT, "POST /api/visits/{visitId}/check-in", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all", Target::cancelledVisit,
                        target -> Request.json(Map.of("at", World.NOW, "latitude", 39.7817, "longitude", -89.6501,
                                "accuracyMeters", 10))),
                rule(SuiteService.HOME_VISIT, "POST /api/visits/{visitId}/check-out", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all", Target::cancelledVisit,
                        target -> Request.json(Map.of("at", World.NOW, "latitude", 39.7817, "longitude", -89.6501,
                                "accuracyMeters", 10))),
                rule(SuiteService.HOME_VISIT, "POST /api/visits/{visitId}/missed", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all", Target::cancelledVisit,
                        target -> Request.json(Map.of("reason", "PATIENT_NOT_HOME"))),
                rule(SuiteService.HOME_VISIT, "POST /api/visits/{visitId}/cancellation", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all", Target::cancelledVisit,
                        target -> Request.json(Map.of("reason", "Matrix"))),
                // the visit is in person: a link is refused (422) once the caller may touch the visit
                rule(SuiteService.HOME_VISIT, "PUT /api/visits/{visitId}/video-link", Kind.ONE,
                        "clinician:own home-nurse:own coordinator:all", Target::cancelledVisit,
                        target -> Request.json(Map.of("provider", "Matrix Video", "joinUrl", "https://video.example/m")))));
        for (SuiteService service : SuiteService.values()) {
            rows.add(rule(service, "GET /api/audit", Kind.UNSCOPED, "auditor:all", target -> Request.NONE));
        }
        // The team's steps on a referral, the same in each care service. Each request changes
        // nothing lasting, so that every cell sees the same world: accepting an accepted referral
        // is a retry; the other steps are refused by the referral's status (409) or, for a
        // transfer to the service's own setting, by the rules (422), both after the access check.
        for (SuiteService service : List.of(SuiteService.INPATIENT, SuiteService.OUTPATIENT, SuiteService.HOME_VISIT)) {
            String own = service.setting().orElseThrow().name();
            rows.add(rule(service, "POST /api/referrals/{referralId}/acceptance", Kind.ONE, "clinician:own coordinator:all",
                    Target::triage, target -> Request.json(Map.of("clinician", "Dr. Matrix"))));
            rows.add(rule(service, "POST /api/referrals/{referralId}/rejection", Kind.ONE, "clinician:own coordinator:all",
                    Target::triage, target -> Request.json(Map.of("clinician", "Dr. Matrix", "reason", "Matrix"))));
            rows.add(rule(service, "POST /api/referrals/{referralId}/schedule", Kind.ONE, "clinician:own coordinator:all",
                    Target::triage, target -> Request.json(Map.of("clinician", "Dr. Matrix", "firstVisitAt", World.LAST_YEAR))));
            rows.add(rule(service, "POST /api/referrals/{referralId}/conclusion", Kind.ONE, "clinician:own coordinator:all",
                    Target::triage, target -> Request.json(Map.of("clinician", "Dr. Matrix", "outcome", "COMPLETED",
                            "reason", "Matrix"))));
            rows.add(rule(service, "POST /api/referrals/{referralId}/transfer", Kind.ONE, "clinician:own coordinator:all",
                    Target::triage, target -> Request.json(Map.of("clinician", "Dr. Matrix", "toSetting", own, "reason", "Matrix"))));
        }
        return rows;
    }

    private final LocalSuite suite;
    private World world;

    AccessMatrixIT(LocalSuite suite) {
        this.suite = suite;
    }

    @BeforeAll
    void buildTheWorld() {
        world = World.build(suite);
    }

    @Test
    @Order(0)
    void everyEndpointOfEveryServiceHasItsRowInTheMatrix() {
        for (SuiteService service : SuiteService.values()) {
            Set<String> inMatrix = matrix().stream().filter(rule -> rule.service() == service)
                    .map(Rule::endpoint).collect(Collectors.toCollection(TreeSet::new));
            assertThat(inMatrix).as("the matrix rows of %s", service.moduleName()).isEqualTo(documentedEndpoints(service));
        }
    }

    /**
     * Every cell, and with it the audit: each call of an endpoint that touches patient data,
     * allowed or refused, leaves exactly one entry in its service's trail.
     */
    @Test
    @Order(1)
    void everyRoleIsAllowedOrDeniedAsTheMatrixSaysAndEveryCallIsAudited() {
        List<String> wrong = new ArrayList<>();
        List<String> misaudited = new ArrayList<>();
        int cells = 0;
        for (Rule rule : matrix()) {
            for (String role : ROLES) {
                for (boolean own : List.of(true, false)) {
                    Target target = rule.slot().apply(world.target(rule.service(), role, own));
                    Request request = rule.request().apply(target);
                    int auditedBefore = world.auditEntriesOf(rule.service(), World.userIn(role));
                    Response response = send(rule, target, request, world.tokenFor(rule.service(), role));
                    verdict(rule, role, own, request, response).ifPresent(wrong::add);
                    int audited = world.auditEntriesOf(rule.service(), World.userIn(role)) - auditedBefore;
                    if (audited != (rule.touchesPatientData() ? 1 : 0)) {
                        misaudited.add(rule.service().moduleName() + " " + rule.endpoint() + " as " + role + ": "
                                + audited + " audit entries for a call answered " + response.statusCode());
                    }
                    cells++;
                }
            }
        }
        System.out.printf("[matrix] %d cells checked, %d wrong, %d wrongly audited%n", cells, wrong.size(), misaudited.size());
        assertThat(wrong).as("cells whose answer differs from the matrix").isEmpty();
        assertThat(misaudited).as("calls not audited exactly once").isEmpty();
    }

    /** After the matrix has used the run's patients through every endpoint, no log holds their name. */
    @Test
    @Order(2)
    void noServiceLogsAPatientsName() throws IOException {
        try (Stream<Path> logs = Files.list(suite.home().resolve("logs"))) {
            for (Path log : logs.filter(file -> file.toString().endsWith(".log")).toList()) {
                assertThat(Files.readString(log)).as(log.getFileName().toString()).doesNotContain(world.patientName());
            }
        }
    }

    /** Empty when the answer is the one the matrix gives; else what was wrong. */
    private static Optional<String> verdict(Rule rule, String role, boolean own, Request request, Response response) {
        Access access = rule.access().getOrDefault(role, Access.NONE);
        int status = answered(rule, response);
        String cell = rule.service().moduleName() + " " + rule.endpoint() + " as " + role + (own ? " (own)" : " (other)")
                + " answered " + status;
        if (access == Access.NONE) {
            return status == 403 ? Optional.empty() : Optional.of(cell + ", expected 403");
        }
        boolean allowed = access == Access.ALL || own;
        if (rule.kind() == Kind.LIST) {
            boolean shown = status == 200 && listed(response).contains(request.expectedInList());
            return allowed == shown ? Optional.empty()
                    : Optional.of(cell + (allowed ? ", expected the record in the list" : ", expected the record absent"));
        }
        if (allowed) {
            return status != 401 && status != 403 && status != 404 ? Optional.empty()
                    : Optional.of(cell + ", expected to pass access control");
        }
        return status == 404 ? Optional.empty() : Optional.of(cell + ", expected 404");
    }

    /** The status of the answer to the cell: for a batch answered 200, its item's, which a problem gives when refused. */
    private static int answered(Rule rule, Response response) {
        if (rule.kind() != Kind.BATCH || response.statusCode() != 200) {
            return response.statusCode();
        }
        Integer refused = response.jsonPath().get("results[0].problem.status");
        return refused == null ? 200 : refused;
    }

    /** A list's records: a FHIR Bundle's entries, not its links, which repeat the search. */
    private static String listed(Response response) {
        String body = response.asString();
        return body.contains("\"resourceType\":\"Bundle\"") ? String.valueOf(response.jsonPath().getList("entry")) : body;
    }

    private Response send(Rule rule, Target target, Request request, String token) {
        String path = rule.path();
        for (Map.Entry<String, String> value : target.pathValues().entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        RequestSpecification spec = given().header("Authorization", "Bearer " + token).queryParams(request.query());
        if (request.body() != null) {
            spec = spec.contentType(request.contentType()).body(request.body());
        }
        return spec.request(rule.method(), suite.url(rule.service()).resolve(path).toString());
    }

    private Set<String> documentedEndpoints(SuiteService service) {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON)
                .get(suite.url(service).resolve("/q/openapi?format=json").toString())
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> endpoints = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "delete", "patch").contains(method))
                .forEach(method -> endpoints.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        return endpoints;
    }

    private static Rule rule(SuiteService service, String endpoint, Kind kind, String access, Function<Target, Request> request) {
        return rule(service, endpoint, kind, access, Function.identity(), request);
    }

    /** A row whose requests are about {@code slot}'s record of the patient, such as the referral kept for cancelling. */
    private static Rule rule(SuiteService service, String endpoint, Kind kind, String access,
            Function<Target, Target> slot, Function<Target, Request> request) {
        Map<String, Access> byRole = new HashMap<>();
        for (String grant : access.split(" ")) {
            String[] roleAndAccess = grant.split(":");
            assertThat(ROLES).as("roles of " + endpoint).contains(roleAndAccess[0]);
            byRole.put(roleAndAccess[0], Access.valueOf(roleAndAccess[1].toUpperCase(Locale.ROOT)));
        }
        return new Rule(service, endpoint, kind, Map.copyOf(byRole), slot, request);
    }

    record Rule(SuiteService service, String endpoint, Kind kind, Map<String, Access> access,
            Function<Target, Target> slot, Function<Target, Request> request) {

        String method() {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }

        String path() {
            return endpoint.substring(endpoint.indexOf(' ') + 1);
        }

        /** All but the API's own description, the audit trail and the rows that hold no patient's data. */
        boolean touchesPatientData() {
            return kind != Kind.NO_PATIENT_DATA && !endpoint.endsWith("/metadata") && !endpoint.equals("GET /api/audit");
        }
    }

    /** What a cell sends besides its path: query, body, and for a list the id it must show, or not. */
    record Request(Map<String, String> query, Object body, String contentType, String expectedInList) {

        static final Request NONE = new Request(Map.of(), null, null, null);

        static Request json(Object body) {
            return new Request(Map.of(), body, "application/json", null);
        }

        static Request fhir(String body) {
            return new Request(Map.of(), body, "application/fhir+json", null);
        }

        static Request query(String name, Object value) {
            return query(Map.of(name, String.valueOf(value)));
        }

        static Request query(Map<String, String> parameters) {
            return new Request(Map.copyOf(parameters), null, null, null);
        }

        Request showing(Object id) {
            return new Request(query, body, contentType, String.valueOf(id));
        }
    }
}
