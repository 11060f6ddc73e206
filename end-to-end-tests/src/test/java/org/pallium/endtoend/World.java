package org.pallium.endtoend;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * the visit; there is also a patient on another nurse's caseload. At the gateway: a referral kept
 * for cancelling, and one that another EHR sent. Each patient's name is unique to this run, so
 * that a test can look for it in the services' logs.
 */
final class World {

    static final String NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    static final String HOUR_AGO = Instant.parse(NOW).minus(1, ChronoUnit.HOURS).toString();
    static final String LAST_YEAR = Instant.parse(NOW).minus(365, ChronoUnit.DAYS).toString();
    /** The home nurse of the matrix, whose caseload holds the home patient. */
    static final String NURSE = "matrix-nurse";
    static final String OTHER_NURSE = "matrix-other-nurse";
    static final String EHR = "matrix-ehr";
    static final String OTHER_EHR = "matrix-other-ehr";

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<CareSetting> SETTINGS = List.of(CareSetting.INPATIENT, CareSetting.OUTPATIENT, CareSetting.HOME);

    private final LocalSuite suite;
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
        for (CareSetting setting : SETTINGS) {
            onCensus.put(setting, withRecords(setting, acceptedReferral(setting, EHR, NURSE)));
            awaitingTriage.put(setting, acceptedReferral(setting, EHR, NURSE));
            Map<String, String> concluded = withRecords(setting, acceptedReferral(setting, EHR, NURSE));
            step(setting, concluded.get("referralId"), "conclusion",
                    Map.of("clinician", "Dr. Matrix", "outcome", "CLOSED", "reason", "Ended for the matrix"));
            ended.put(setting, concluded);
        }
        otherNursesPatient = withRecords(CareSetting.HOME, acceptedReferral(CareSetting.HOME, EHR, OTHER_NURSE));
        cancellable = referral(CareSetting.OUTPATIENT, EHR);
        otherEhrs = referral(CareSetting.OUTPATIENT, OTHER_EHR);
        awaitStatus(ended.values().stream().map(values -> values.get("referralId")).toList(), "CLOSED");
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
    private Map<String, String> acceptedReferral(CareSetting setting, String ehr, String nurse) {
        Map<String, String> values = referral(setting, ehr);
        awaitStatus(List.of(values.get("referralId")), "RECEIVED");
        step(setting, values.get("referralId"), "acceptance",
                Map.of("clinician", setting == CareSetting.HOME ? nurse : "Dr. Matrix"));
        values.put("nurse", nurse);
        return values;
    }

    private Map<String, String> referral(CareSetting setting, String ehr) {
        Map<String, Object> body = new HashMap<>(ReferralRequests.referral("MATRIX-" + run + "-" + serial.incrementAndGet(),
                setting.name()));
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
                String consultId = await().atMost(PATIENCE).until(() -> consultOf(values.get("referralId")), id -> id != null);
                values.put("consultId", consultId);
                values.put("encounterId", given().header("Authorization", "Bearer " + coordinator())
                        .contentType(ContentType.JSON).body(Map.of("kind", "INITIAL_CONSULT", "clinician", "Dr. Matrix",
                                "discipline", "PHYSICIAN", "startedAt", HOUR_AGO, "endedAt", NOW, "notes", "Matrix consult"))
                        .post(service(SuiteService.INPATIENT, "/api/consults/" + consultId + "/encounters"))
                        .then().statusCode(201).extract().path("id"));
            }
            case OUTPATIENT -> values.put("visitId", given().header("Authorization", "Bearer " + coordinator())
                    .contentType(ContentType.JSON).body(Map.of("patientId", values.get("patientId"), "visitType", "NEW_PATIENT",
                            "clinician", "Dr. Matrix", "discipline", "PHYSICIAN", "startedAt", HOUR_AGO, "endedAt", NOW))
                    .post(service(SuiteService.OUTPATIENT, "/api/visits")).then().statusCode(201).extract().path("id"));
            case HOME -> {
                String admissionId = await().atMost(PATIENCE).until(() -> admissionOf(values.get("referralId")), id -> id != null);
                values.put("admissionId", admissionId);
                String nurse = issuer.token(values.get("nurse"), Roles.HOME_NURSE, Optional.of(CareSetting.HOME.name()));
                values.put("visitId", given().header("Authorization", "Bearer " + nurse)
                        .contentType(ContentType.JSON).body(Map.of("patientId", values.get("patientId"),
                                "clinician", values.get("nurse"), "discipline", "NURSE", "startedAt", HOUR_AGO, "endedAt", NOW))
                        .post(service(SuiteService.HOME_VISIT, "/api/visits")).then().statusCode(201).extract().path("id"));
            }
        }
        return values;
    }

    private String consultOf(String referralId) {
        return given().header("Authorization", "Bearer " + coordinator()).get(service(SuiteService.INPATIENT, "/api/consults"))
                .then().statusCode(200).extract().jsonPath()
                .getString("find { it.referralId == '" + referralId + "' }.id");
    }

    private String admissionOf(String referralId) {
        return given().header("Authorization", "Bearer " + coordinator()).get(service(SuiteService.HOME_VISIT, "/api/admissions"))
                .then().statusCode(200).extract().jsonPath()
                .getString("find { it.referralId == '" + referralId + "' }.id");
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
