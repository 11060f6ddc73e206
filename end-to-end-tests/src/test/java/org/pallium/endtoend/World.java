package org.pallium.endtoend;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;

import org.pallium.events.CareSetting;
import org.pallium.platform.local.DevIssuer;
import org.pallium.platform.local.LocalSuite;
import org.pallium.platform.local.SuiteService;
import org.pallium.platform.security.Roles;

/**
 * The patients the authorisation matrix asks about, made through the APIs as an EHR and the teams
 * would. In each care setting: a patient on the team's census with a record of each kind, a second
 * one whose referral waits for the team's next step, and one whose referral has ended (off the
 * census). At home the acceptance names the nurse whose caseload the patient joins, and she records
 * the visit; the coordinator puts one record of every other kind the home team keeps, and a nurse
 * is on call; there is also a patient on another nurse's caseload. In the hospital the ended patient
 * died in hospital, and the patient on the census also had a second consult that ended in a
 * transition to hospice. At the gateway: a referral kept for cancelling, and one that another EHR
 * sent. Each patient's name is unique to this run, so that a test can look for it in the services'
 * logs.
 */
final class World {

    static final String NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    static final String HOUR_AGO = Instant.parse(NOW).minus(1, ChronoUnit.HOURS).toString();
    static final String LAST_YEAR = Instant.parse(NOW).minus(365, ChronoUnit.DAYS).toString();
    /** The clinic's clinician of the matrix, who sees patients every day, all day. */
    static final String CLINIC_CLINICIAN = "matrix-clinic-clinician";
    /** The days the clinic's patients' appointments fall in: tomorrow to a week on, as the clinic's day names them. */
    static final String CLINIC_FROM = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
    static final String CLINIC_TO = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
    /** The home nurse of the matrix, whose caseload holds the home patient. */
    static final String NURSE = "matrix-nurse";
    static final String OTHER_NURSE = "matrix-other-nurse";
    static final String EHR = "matrix-ehr";
    static final String OTHER_EHR = "matrix-other-ehr";
    /** The code status of the hospital patients; the matrix documents it again, which changes nothing. */
    static final String CODE_STATUS = "DNR";

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<CareSetting> SETTINGS = List.of(CareSetting.INPATIENT, CareSetting.OUTPATIENT, CareSetting.HOME);

    /** Far enough ahead to block nothing the matrix books. */
    static final Instant FAR_AHEAD = Instant.parse(NOW).plus(300, ChronoUnit.DAYS);
    /** The home programme's calendar (pallium.home.time-zone), in which a nurse's day is named. */
    static final ZoneId HOME_ZONE = ZoneId.of("America/Chicago");
    /** Today in the home programme: the day of the route visits the matrix schedules. */
    static final LocalDate HOME_TODAY = LocalDate.ofInstant(Instant.parse(NOW), HOME_ZONE);
    /** The home health agency of the matrix's home patients, as their home records name it. */
    static final String AGENCY = "matrix-home-health";
    /** The on-call shift the matrix plans again and again: a night long past, so that it covers no call of the run. */
    static final Map<String, String> PAST_SHIFT = Map.of("id", UUID.randomUUID().toString(), "nurse", "matrix-roster-nurse",
            "startsAt", LAST_YEAR, "endsAt", Instant.parse(LAST_YEAR).plus(12, ChronoUnit.HOURS).toString());

    private final LocalSuite suite;
    private String clinicException;
    /** Each clinic patient's appointment at an hour of its own (UTC), in the clinician's day. */
    private final AtomicInteger appointmentHour = new AtomicInteger(15);
    private final DevIssuer issuer;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger serial = new AtomicInteger();
    private final Map<CareSetting, Map<String, String>> onCensus = new HashMap<>();
    private final Map<CareSetting, Map<String, String>> awaitingTriage = new HashMap<>();
    private final Map<CareSetting, Map<String, String>> ended = new HashMap<>();
    private Map<String, String> otherNursesPatient;
    private Map<String, String> cancellable;
    private Map<String, String> otherEhrs;

    private World(LocalSuite suite) {
        this.suite = suite;
        this.issuer = suite.issuer();
    }

    static World build(LocalSuite suite) {
        World world = new World(suite);
        world.populate();
        return world;
    }

    /** The unique name given to every patient of this run. */
    String patientName() {
        return "Zebulon Matrix-" + run;
    }

    private void populate() {
        openTheClinic();
        putANurseOnCall();
        for (CareSetting setting : SETTINGS) {
            String identifier = newIdentifier();
            Map<String, String> own = withRecords(setting, acceptedReferral(setting, identifier, EHR, NURSE));
            if (setting == CareSetting.INPATIENT) {
                withTransitionedConsult(own, identifier);
            }
            if (setting == CareSetting.HOME) {
                onTheOtherRoutesToo(own);
            }
            onCensus.put(setting, own);
            Map<String, String> triage = acceptedReferral(setting, newIdentifier(), EHR, NURSE);
            if (setting == CareSetting.INPATIENT) {
                // accepted and never seen: signing it off is refused, so the sign-off row ends nothing
                triage.put("consultId", awaitConsult(triage.get("referralId")));
            }
            awaitingTriage.put(setting, triage);
            ended.put(setting, end(setting, withRecords(setting, acceptedReferral(setting, newIdentifier(), EHR, NURSE))));
        }
        otherNursesPatient = withRecords(CareSetting.HOME, acceptedReferral(CareSetting.HOME, newIdentifier(), EHR, OTHER_NURSE));
        cancellable = referral(CareSetting.OUTPATIENT, newIdentifier(), EHR);
        otherEhrs = referral(CareSetting.OUTPATIENT, newIdentifier(), OTHER_EHR);
        for (CareSetting setting : SETTINGS) {
            // the hospital patient died after the team had seen them: their referral completed
            awaitStatus(List.of(ended.get(setting).get("referralId")), setting == CareSetting.INPATIENT ? "COMPLETED" : "CLOSED");
        }
    }

    /**
     * The records a cell names: in a care service the patient's, about their own patient or
     * another; at the gateway a clinic patient's. An EHR's other patient is the one another EHR
     * referred; a nurse's, the one on another nurse's caseload; anyone else's, one off the census.
     */
    Target target(SuiteService service, String role, boolean own) {
        CareSetting setting = service.setting().orElse(CareSetting.OUTPATIENT);
        String next = run + "-" + serial.incrementAndGet();
        if (own) {
            return new Target(onCensus.get(setting), next, new Target(cancellable, next, null, null),
                    new Target(awaitingTriage.get(setting), next, null, null));
        }
        Map<String, String> other = switch (role) {
            case Roles.EHR_SYSTEM -> service == SuiteService.REFERRAL_GATEWAY ? otherEhrs : ended.get(setting);
            case Roles.HOME_NURSE -> setting == CareSetting.HOME ? otherNursesPatient : ended.get(setting);
            default -> ended.get(setting);
        };
        return new Target(other, next, null, null);
    }

    /** The token of the matrix's user in this role; a clinician belongs to the service's setting, the clinic's at the gateway. */
    String tokenFor(SuiteService service, String role) {
        Optional<String> setting = switch (role) {
            case Roles.CLINICIAN -> Optional.of(service.setting().orElse(CareSetting.OUTPATIENT).name());
            case Roles.HOME_NURSE -> Optional.of(CareSetting.HOME.name());
            default -> Optional.empty();
        };
        return issuer.token(userIn(role), role, setting);
    }

    /** The subject of the matrix's token in this role, as audit entries name it. */
    static String userIn(String role) {
        return switch (role) {
            case Roles.EHR_SYSTEM -> EHR;
            case Roles.HOME_NURSE -> NURSE;
            default -> "matrix-" + role;
        };
    }

    /** How many audit entries {@code service} holds of {@code actor}'s calls. */
    int auditEntriesOf(SuiteService service, String actor) {
        return given().header("Authorization", "Bearer " + issuer.token("matrix-audit-reader", Roles.AUDITOR, Optional.empty()))
                .queryParam("actor", actor).queryParam("limit", 500)
                .get(service(service, "/api/audit")).then().statusCode(200).extract().jsonPath().getList("entries").size();
    }

    /** The ServiceRequest as the gateway shows it, with the status an EHR sets to revoke it. */
    String revocationOf(Target target) {
        String current = given().header("Authorization", "Bearer " + coordinator()).accept("application/fhir+json")
                .get(gateway("/fhir/r4/ServiceRequest/" + target.referralId())).asString();
        return current.replace("\"status\":\"active\"", "\"status\":\"revoked\"");
    }

    /** A referral from {@code ehr}, accepted by the setting's team with {@code nurse} named for a home patient. */
    private Map<String, String> acceptedReferral(CareSetting setting, String identifier, String ehr, String nurse) {
        Map<String, String> values = referral(setting, identifier, ehr);
        awaitStatus(List.of(values.get("referralId")), "RECEIVED");
        step(setting, values.get("referralId"), "acceptance",
                Map.of("clinician", setting == CareSetting.HOME ? nurse : "Dr. Matrix"));
        values.put("nurse", nurse);
        return values;
    }

    /** A new patient's medical record number, unique to this run; a referral with one already used names the same patient. */
    private String newIdentifier() {
        return "MATRIX-" + run + "-" + serial.incrementAndGet();
    }

    private Map<String, String> referral(CareSetting setting, String identifier, String ehr) {
        Map<String, Object> body = new HashMap<>(ReferralRequests.referral(identifier, setting.name()));
        @SuppressWarnings("unchecked")
        Map<String, Object> patient = new HashMap<>((Map<String, Object>) body.get("patient"));
        patient.put("name", patientName());
        body.put("patient", patient);
        var created = given().header("Authorization", "Bearer " + issuer.token(ehr, Roles.EHR_SYSTEM, Optional.empty()))
                .contentType(ContentType.JSON).body(body).post(gateway("/api/referrals"))
                .then().statusCode(201).extract().jsonPath();
        Map<String, String> values = new HashMap<>();
        values.put("referralId", created.getString("referralId"));
        values.put("id", created.getString("referralId"));
        values.put("patientId", created.getString("patientId"));
        return values;
    }

    /** The records each setting keeps of a patient it cares for, made as its team would. */
    private Map<String, String> withRecords(CareSetting setting, Map<String, String> values) {
        switch (setting) {
            case INPATIENT -> {
                String consultId = awaitConsult(values.get("referralId"));
                values.put("consultId", consultId);
                // seen after the referral was submitted, as a consult can only be
                Instant seenAt = Instant.now();
                values.put("encounterId", created(coordinator(), SuiteService.INPATIENT, "/api/consults/" + consultId + "/encounters",
                        Map.of("kind", "INITIAL_CONSULT", "clinician", "Dr. Matrix", "discipline", "PHYSICIAN",
                                "startedAt", seenAt.toString(), "endedAt", seenAt.plus(30, ChronoUnit.MINUTES).toString(),
                                "notes", "Matrix consult")));
                values.put("conversationId", created(coordinator(), SuiteService.INPATIENT,
                        "/api/consults/" + consultId + "/goals-of-care", Map.of("heldAt", Instant.now().toString(),
                                "participants", List.of("patient", "palliative physician"),
                                "whatMatters", "Being comfortable", "decisions", "Focus on comfort")));
                values.put("codeStatusId", created(coordinator(), SuiteService.INPATIENT, "/api/consults/" + consultId + "/code-status",
                        Map.of("codeStatus", CODE_STATUS, "effectiveAt", Instant.now().toString())));
            }
            case OUTPATIENT -> {
                String patientId = values.get("patientId");
                values.put("clinicianId", CLINIC_CLINICIAN);
                values.put("exceptionId", clinicException);
                Instant appointmentAt = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS)
                        .plus(appointmentHour.getAndIncrement(), ChronoUnit.HOURS);
                values.put("appointmentAt", appointmentAt.toString());
                values.put("appointmentId", created(coordinator(), SuiteService.OUTPATIENT, "/api/appointments",
                        Map.of("patientId", patientId, "clinician", CLINIC_CLINICIAN, "visitType", "FOLLOW_UP",
                                "startsAt", appointmentAt.toString())));
                values.put("visitId", created(coordinator(), SuiteService.OUTPATIENT, "/api/visits",
                        Map.of("patientId", patientId, "visitType", "NEW_PATIENT", "clinician", "Dr. Matrix",
                                "discipline", "PHYSICIAN", "startedAt", HOUR_AGO, "endedAt", NOW)));
                values.put("documentId", created(coordinator(), SuiteService.OUTPATIENT, "/api/acp-documents",
                        Map.of("patientId", patientId, "documentType", "POLST", "status", "DISCUSSED")));
                values.put("sessionId", created(coordinator(), SuiteService.OUTPATIENT, "/api/acp-sessions",
                        Map.of("patientId", patientId, "heldAt", HOUR_AGO, "participants", List.of("patient"),
                                "notes", "Matrix session")));
                values.put("onwardReferralId", created(coordinator(), SuiteService.OUTPATIENT, "/api/onward-referrals",
                        Map.of("patientId", patientId, "service", "CHAPLAINCY", "reason", "Matrix")));
            }
            case HOME -> {
                String admissionId = await().atMost(PATIENCE).until(() -> admissionOf(values.get("referralId")), id -> id != null);
                values.put("admissionId", admissionId);
                String nurse = issuer.token(values.get("nurse"), Roles.HOME_NURSE, Optional.of(CareSetting.HOME.name()));
                values.put("visitId", created(nurse, SuiteService.HOME_VISIT, "/api/visits", Map.of("patientId", values.get("patientId"),
                        "clinician", values.get("nurse"), "discipline", "NURSE", "startedAt", HOUR_AGO, "endedAt", NOW)));
                withHomeCare(values);
            }
        }
        return values;
    }

    /**
     * What the home team keeps of a patient, one record of each kind, put by the coordinator: the
     * home record assigning the patient's nurse, a family contact, support given to the family, an
     * open concern, a note, an assessment, a call to the nurse line, a weekly nursing plan, a visit
     * scheduled and then cancelled (the visit whose course the matrix's steps try: each step is
     * refused by its status, or repeats the cancellation), and a visit today on the nurse's route.
     */
    private void withHomeCare(Map<String, String> values) {
        String coordinator = coordinator();
        String patient = "/api/patients/" + values.get("patientId");
        given().header("Authorization", "Bearer " + coordinator).contentType(ContentType.JSON)
                .body(Map.of("residence", "PRIVATE_HOME", "addressLine", "1 Matrix Way", "city", "Springfield",
                        "latitude", 39.7817, "longitude", -89.6501, "accessNotes", "Door code 1234; a friendly dog",
                        "allergiesStatus", "NO_KNOWN_ALLERGIES", "assignedNurse", values.get("nurse"), "agency", AGENCY))
                .put(service(SuiteService.HOME_VISIT, patient + "/home")).then().statusCode(201);
        values.put("contactId", put(coordinator, patient + "/family-contacts/", Map.of("name", "Matrix Sibling",
                "relationship", "SIBLING", "primaryCaregiver", false, "birthYear", 2015)));
        values.put("supportId", created(coordinator, SuiteService.HOME_VISIT, patient + "/family-support", Map.of(
                "id", UUID.randomUUID(), "focus", "SIBLING_SUPPORT", "mode", "PHONE", "occurredAt", HOUR_AGO,
                "durationMinutes", 20, "discipline", "SOCIAL_WORKER")));
        values.put("concernId", put(coordinator, patient + "/concerns/", Map.of("category", "SAFETY",
                "description", "Loose rug in the hallway", "raisedAt", HOUR_AGO)));
        values.put("noteId", put(coordinator, patient + "/notes/", Map.of("writtenAt", HOUR_AGO, "discipline", "NURSE",
                "text", "Matrix note")));
        values.put("assessmentId", put(coordinator, patient + "/home-assessments/", Map.of("assessedAt", HOUR_AGO, "pps", 50)));
        values.put("callId", created(coordinator, SuiteService.HOME_VISIT, "/api/calls", Map.of("id", UUID.randomUUID(),
                "patientId", values.get("patientId"), "callerType", "FAMILY", "receivedAt", HOUR_AGO,
                "durationSeconds", 240, "reason", "PAIN", "outcome", "ADVICE_GIVEN")));
        values.put("planId", created(coordinator, SuiteService.HOME_VISIT, patient + "/visit-plans", Map.of(
                "id", UUID.randomUUID(), "discipline", "NURSE", "mode", "IN_PERSON", "everyWeeks", 1,
                "weekday", HOME_TODAY.plusDays(3).getDayOfWeek().name(), "localStart", "10:00", "durationMinutes", 45,
                "startsOn", HOME_TODAY.toString())));
        String cancelled = scheduled(values, values.get("nurse"), FAR_AHEAD);
        given().header("Authorization", "Bearer " + coordinator).contentType(ContentType.JSON).body(Map.of("reason", "Matrix"))
                .post(service(SuiteService.HOME_VISIT, "/api/visits/" + cancelled + "/cancellation")).then().statusCode(200);
        values.put("cancelledVisitId", cancelled);
        scheduled(values, values.get("nurse"), routeStart());
    }

    /**
     * The patient also on today's route of the matrix's clinician and coordinator: a route is
     * whoever's visits are assigned to them, whatever their role.
     */
    private void onTheOtherRoutesToo(Map<String, String> values) {
        scheduled(values, userIn(Roles.CLINICIAN), routeStart());
        scheduled(values, userIn(Roles.COORDINATOR), routeStart());
    }

    /** Noon today in the home programme, when the route visits of the matrix are due. */
    private static Instant routeStart() {
        return HOME_TODAY.atTime(12, 0).atZone(HOME_ZONE).toInstant();
    }

    /** A visit of the patient scheduled by the coordinator for {@code clinician}; its id. */
    private String scheduled(Map<String, String> values, String clinician, Instant start) {
        return created(coordinator(), SuiteService.HOME_VISIT, "/api/scheduled-visits", Map.of("id", UUID.randomUUID(),
                "patientId", values.get("patientId"), "discipline", "NURSE", "mode", "IN_PERSON", "assignedTo", clinician,
                "scheduledStart", start.toString(), "durationMinutes", 45));
    }

    /**
     * A nurse on call from an hour ago for half a day, so that someone is on call while the matrix
     * runs; a shift a later test plans began later, and takes the calls from then on.
     */
    private void putANurseOnCall() {
        created(coordinator(), SuiteService.HOME_VISIT, "/api/on-call/shifts", Map.of("nurse", "matrix-on-call-nurse",
                "startsAt", HOUR_AGO, "endsAt", Instant.parse(NOW).plus(12, ChronoUnit.HOURS).toString()));
    }

    /**
     * A second consult of the hospital patient, from a second referral for the same medical record
     * number, that ended when the patient went to hospice: the transition row retries that
     * transition, which changes nothing. The patient stays on the census through their first consult.
     */
    private void withTransitionedConsult(Map<String, String> values, String identifier) {
        String consultId = awaitConsult(acceptedReferral(CareSetting.INPATIENT, identifier, EHR, NURSE).get("referralId"));
        values.put("transitionedConsultId", consultId);
        values.put("transitionId", created(coordinator(), SuiteService.INPATIENT, "/api/consults/" + consultId + "/transition",
                Map.of("outcome", "HOSPICE")));
    }

    /** Ends the patient's referral: in the hospital by the patient's death there, elsewhere by concluding it. */
    private Map<String, String> end(CareSetting setting, Map<String, String> values) {
        if (setting == CareSetting.INPATIENT) {
            values.put("transitionId", created(coordinator(), SuiteService.INPATIENT,
                    "/api/consults/" + values.get("consultId") + "/transition", Map.of("outcome", "DIED_IN_HOSPITAL")));
        } else {
            step(setting, values.get("referralId"), "conclusion",
                    Map.of("clinician", "Dr. Matrix", "outcome", "CLOSED", "reason", "Ended for the matrix"));
        }
        return values;
    }

    /** The id of what a POST created, made with {@code token}. */
    private String created(String token, SuiteService service, String path, Map<String, ?> body) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body)
                .post(service(service, path)).then().statusCode(201).extract().path("id");
    }

    /** The id of the record a PUT created under a new id the client chose, made with {@code token}. */
    private String put(String token, String collection, Map<String, ?> body) {
        String id = UUID.randomUUID().toString();
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body(body)
                .put(service(SuiteService.HOME_VISIT, collection + id)).then().statusCode(201);
        return id;
    }

    /**
     * The clinic's clinician of the matrix, with hours every day from 00:00 to 23:45, and a leave of
     * theirs far ahead, so that it blocks none of the matrix's appointments.
     */
    private void openTheClinic() {
        String coordinator = coordinator();
        given().header("Authorization", "Bearer " + coordinator).contentType(ContentType.JSON)
                .body(Map.of("name", "Dr. Matrix Clinic", "discipline", "PHYSICIAN"))
                .put(service(SuiteService.OUTPATIENT, "/api/clinicians/" + CLINIC_CLINICIAN)).then().statusCode(200);
        given().header("Authorization", "Bearer " + coordinator).contentType(ContentType.JSON)
                .body(Map.of("blocks", Arrays.stream(DayOfWeek.values())
                        .map(day -> Map.of("dayOfWeek", day.name(), "startsAt", "00:00", "endsAt", "23:45")).toList()))
                .put(service(SuiteService.OUTPATIENT, "/api/clinicians/" + CLINIC_CLINICIAN + "/weekly-template"))
                .then().statusCode(200);
        clinicException = created(coordinator, SuiteService.OUTPATIENT, "/api/schedule-exceptions", Map.of(
                "clinician", CLINIC_CLINICIAN, "kind", "LEAVE", "startsAt", FAR_AHEAD.toString(),
                "endsAt", FAR_AHEAD.plus(1, ChronoUnit.DAYS).toString()));
    }

    /** The consult the hospital team opened for the referral, once the referral reached it. */
    private String awaitConsult(String referralId) {
        return await().atMost(PATIENCE).until(() -> consultOf(referralId), id -> id != null);
    }

    private String consultOf(String referralId) {
        return given().header("Authorization", "Bearer " + coordinator()).queryParam("referralId", referralId)
                .get(service(SuiteService.INPATIENT, "/api/consults")).then().statusCode(200).extract().jsonPath()
                .getString("find { it.referralId == '" + referralId + "' }.id");
    }

    private String admissionOf(String referralId) {
        return Listed.items(given().header("Authorization", "Bearer " + coordinator())
                        .get(service(SuiteService.HOME_VISIT, "/api/admissions")).then().statusCode(200).extract().asString())
                .stream().filter(admission -> referralId.equals(admission.get("referralId")))
                .map(admission -> (String) admission.get("id")).findFirst().orElse(null);
    }

    private void step(CareSetting setting, String referralId, String step, Map<String, ?> body) {
        given().header("Authorization", "Bearer " + coordinator()).contentType(ContentType.JSON).body(body)
                .post(service(SuiteService.of(setting), "/api/referrals/" + referralId + "/" + step))
                .then().statusCode(200);
    }

    /** Waits until the gateway's history of each referral holds the status. */
    private void awaitStatus(List<String> referralIds, String status) {
        for (String referralId : referralIds) {
            await().atMost(PATIENCE).until(() -> given().header("Authorization", "Bearer " + coordinator())
                    .get(gateway("/api/referrals/" + referralId)).then().extract().jsonPath()
                    .getList("history.status", String.class), history -> history != null && history.contains(status));
        }
    }

    private String coordinator() {
        return issuer.token("matrix-coordinator", Roles.COORDINATOR, Optional.empty());
    }

    private String gateway(String path) {
        return service(SuiteService.REFERRAL_GATEWAY, path);
    }

    private String service(SuiteService service, String path) {
        return suite.url(service).resolve(path).toString();
    }
}
