package org.pallium.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.Coding;
import org.pallium.events.ConsultRequested;
import org.pallium.events.Diagnosis;
import org.pallium.events.ReferralFirstVisitCompleted;
import org.pallium.events.ReferralRejected;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.ReferralTransferred;
import org.pallium.events.Referrer;
import org.pallium.events.Urgency;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.AccessChecks;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.SampleReferrals;
import org.pallium.platform.testing.TestTokens;

/**
 * The quality measures: the time from referral to first palliative visit by month (in the
 * programme's zone) and setting, as percentiles the database computes; and the worklist of patients
 * with advanced cancer whom palliative care has not seen, overdue after 8 weeks, as a clinician's
 * scope lets them see it.
 */
@QuarkusTest
class QualityMeasuresResourceTest {

    private static final URI GATEWAY = URI.create("/pallium/referral-gateway");
    private static final URI INPATIENT_SERVICE = URI.create("/pallium/inpatient-service");
    private static final URI HOME_SERVICE = URI.create("/pallium/home-visit-service");
    private static final ZoneId PROGRAMME_ZONE = ZoneId.of("America/Chicago");
    private static final String TIME_TO_FIRST_VISIT = "/api/quality/time-to-first-visit";
    private static final String WORKLIST = "/api/quality/advanced-cancer-worklist";
    private static final Diagnosis HEART_FAILURE = new Diagnosis(new Coding("http://hl7.org/fhir/sid/icd-10-cm", "I50.9",
            null), "Heart failure", LocalDate.of(2020, 6, 1), false);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /**
     * January and February 2021 belong to this test alone. In Chicago January ends at 06:00 UTC on
     * 1 February: a referral submitted at 03:00 UTC that day counts in January.
     */
    @Test
    void percentilesByMonthInTheProgrammesZoneAndBySettingOfReferralsSeenWaitingAndEndedBeforeAVisit() {
        Instant january = Instant.parse("2021-01-10T12:00:00Z");
        for (int hours : new int[] {10, 24, 48, 96}) {
            seenAfter(CareSetting.HOME, january, hours);
        }
        seenAfter(CareSetting.HOME, Instant.parse("2021-02-01T03:00:00Z"), 2);
        submit(CareSetting.HOME, january.plus(3, ChronoUnit.DAYS));
        UUID rejected = submit(CareSetting.HOME, january.plus(4, ChronoUnit.DAYS));
        kafka().publish(HOME_SERVICE, new ReferralRejected(rejected, patientOf(rejected), CareSetting.HOME,
                "Lives outside the service area", "nurse-ann-ward", january.plus(5, ChronoUnit.DAYS)));

        // A consult asked for inside the hospital counts from when it was asked for; a consult of a
        // referral the hospital team accepted leaves the referral's submission as it was.
        UUID consultReferral = UUID.randomUUID();
        Instant requested = Instant.parse("2021-01-05T10:00:00Z");
        kafka().publish(INPATIENT_SERVICE, consult(consultReferral, requested));
        firstVisit(consultReferral, CareSetting.INPATIENT, requested.plus(3, ChronoUnit.HOURS));
        UUID routed = submit(CareSetting.INPATIENT, Instant.parse("2021-01-06T00:00:00Z"));
        kafka().publish(INPATIENT_SERVICE, consult(routed, Instant.parse("2021-01-07T00:00:00Z")));
        firstVisit(routed, CareSetting.INPATIENT, Instant.parse("2021-01-06T06:00:00Z"));

        // February: the first visit arrives before its referral's submission, and again.
        UUID early = UUID.randomUUID();
        Instant february = Instant.parse("2021-02-01T07:00:00Z");
        firstVisit(early, CareSetting.HOME, february.plus(12, ChronoUnit.HOURS));
        kafka().publish(GATEWAY, submitted(early, patientOf(early), CareSetting.HOME, HEART_FAILURE, february));
        firstVisit(early, CareSetting.HOME, february.plus(12, ChronoUnit.HOURS));
        // A transfer before a visit: not to be seen in the hospital; the referral it opens is the home team's.
        UUID leaving = submit(CareSetting.INPATIENT, Instant.parse("2021-02-10T12:00:00Z"));
        UUID opened = UUID.randomUUID();
        Instant transferredAt = Instant.parse("2021-02-12T12:00:00Z");
        kafka().publish(INPATIENT_SERVICE, new ReferralTransferred(leaving, patientOf(leaving), CareSetting.INPATIENT,
                CareSetting.HOME, opened, "Discharged home", "Dr. Henry Marsh", transferredAt));
        kafka().publish(GATEWAY, submitted(opened, patientOf(leaving), CareSetting.HOME, HEART_FAILURE, transferredAt));
        firstVisit(opened, CareSetting.HOME, transferredAt.plus(24, ChronoUnit.HOURS));

        JsonPath measures = await().atMost(Duration.ofSeconds(30)).until(() -> timeToFirstVisit("2021-01", "2021-02"),
                json -> json.getInt("months.find { it.month == '2021-02' && it.setting == 'HOME' }.seen") == 2
                        && json.getInt("months.find { it.month == '2021-01' && it.setting == 'HOME' }.referrals") == 7
                        && json.getInt("months.find { it.month == '2021-01' && it.setting == 'INPATIENT' }.seen") == 2
                        && json.getInt("months.find { it.month == '2021-02' && it.setting == 'INPATIENT' }.notToBeSeen") == 1
                        && json.getInt("months.find { it.month == '2021-01' && it.setting == 'HOME' }.notToBeSeen") == 1);

        assertThat(measures.getString("from")).isEqualTo("2021-01");
        assertThat(measures.getString("to")).isEqualTo("2021-02");
        assertThat(measures.getString("zone")).isEqualTo("America/Chicago");
        assertThat(measures.getList("months.month")).containsExactly("2021-01", "2021-01", "2021-01", "2021-02",
                "2021-02", "2021-02");
        assertThat(measures.getList("months.setting")).containsExactly("INPATIENT", "OUTPATIENT", "HOME", "INPATIENT",
                "OUTPATIENT", "HOME");
        // Hours to the first visit: 2 (submitted on 31 January in Chicago), 10, 24, 48, 96.
        assertThat(row(measures, "2021-01", "HOME")).isEqualTo(Map.of("month", "2021-01", "setting", "HOME",
                "referrals", 7, "seen", 5, "stillWaiting", 1, "notToBeSeen", 1,
                "p50Hours", 24.0f, "p75Hours", 48.0f, "p90Hours", 76.8f));
        // 3 hours for the consult asked for in the hospital, 6 for the referral routed there.
        assertThat(row(measures, "2021-01", "INPATIENT")).isEqualTo(Map.of("month", "2021-01", "setting", "INPATIENT",
                "referrals", 2, "seen", 2, "stillWaiting", 0, "notToBeSeen", 0,
                "p50Hours", 4.5f, "p75Hours", 5.25f, "p90Hours", 5.7f));
        assertThat(row(measures, "2021-01", "OUTPATIENT")).isEqualTo(Map.of("month", "2021-01", "setting", "OUTPATIENT",
                "referrals", 0, "seen", 0, "stillWaiting", 0, "notToBeSeen", 0));
        assertThat(row(measures, "2021-02", "HOME")).isEqualTo(Map.of("month", "2021-02", "setting", "HOME",
                "referrals", 2, "seen", 2, "stillWaiting", 0, "notToBeSeen", 0,
                "p50Hours", 18.0f, "p75Hours", 21.0f, "p90Hours", 22.8f));
        assertThat(row(measures, "2021-02", "INPATIENT")).isEqualTo(Map.of("month", "2021-02", "setting", "INPATIENT",
                "referrals", 1, "seen", 0, "stillWaiting", 0, "notToBeSeen", 1));
    }

    @Test
    void theWorklistShowsOverdueThenDuePatientsWithAdvancedCancerNotSeenYet() {
        LocalDate today = LocalDate.now(PROGRAMME_ZONE);
        Map<String, Object> overdueReferral = refer("Edith Overdue", "HOME", advancedCancer(today.minusDays(70)));
        UUID overdue = UUID.fromString((String) overdueReferral.get("patientId"));
        UUID due = UUID.fromString((String) refer("Dora Due", "OUTPATIENT", advancedCancer(today.minusDays(10)))
                .get("patientId"));
        Map<String, Object> seenReferral = refer("Sam Seen", "OUTPATIENT", advancedCancer(today.minusDays(20)));
        UUID seen = UUID.fromString((String) seenReferral.get("patientId"));
        firstVisit(UUID.fromString((String) seenReferral.get("referralId")), seen, CareSetting.OUTPATIENT,
                Instant.now().minus(1, ChronoUnit.DAYS));
        // Seen after 8 weeks: no longer on the worklist, and counted, late, in the month of its referral.
        UUID late = UUID.fromString((String) refer("Lena Late", "HOME", Map.of("code", Map.of("system",
                "http://hl7.org/fhir/sid/icd-10-cm", "code", "I50.9"), "text", "Heart failure", "diagnosedOn",
                "2020-06-01", "advancedCancer", false)).get("patientId"));
        UUID lateReferral = UUID.randomUUID();
        Instant referredLate = Instant.parse("2021-03-01T18:00:00Z");
        kafka().publish(GATEWAY, submitted(lateReferral, late, CareSetting.HOME, new Diagnosis(new Coding(
                "http://hl7.org/fhir/sid/icd-10-cm", "C25.9", null), "Metastatic pancreatic cancer",
                LocalDate.of(2021, 1, 1), true), referredLate));
        firstVisit(lateReferral, late, CareSetting.HOME, referredLate.plus(60, ChronoUnit.DAYS));
        awaitTimeline(seen, 2);
        awaitTimeline(late, 3);

        List<Map<String, Object>> mine = await().atMost(Duration.ofSeconds(30))
                .until(() -> worklistOf(RestAssured::given, List.of(overdue, due, seen, late)), rows -> rows.size() == 2);

        assertThat(mine).extracting(row -> row.get("patientId")).containsExactly(overdue.toString(), due.toString());
        Map<String, Object> first = mine.getFirst();
        assertThat(first).containsEntry("name", "Edith Overdue").containsEntry("overdue", true)
                .containsEntry("daysSinceDiagnosis", 70).containsEntry("seenBy", today.minusDays(14).toString())
                .containsEntry("diagnosis", Map.of("system", "http://hl7.org/fhir/sid/icd-10-cm", "code", "C34.90",
                        "text", "Metastatic lung cancer", "diagnosedOn", today.minusDays(70).toString()));
        Map<?, ?> openReferral = (Map<?, ?>) first.get("openReferral");
        assertThat(openReferral.get("referralId")).isEqualTo(overdueReferral.get("referralId"));
        assertThat(openReferral.get("setting")).isEqualTo("HOME");
        assertThat(openReferral.get("status")).isEqualTo("REQUESTED");
        assertThat((String) openReferral.get("link")).endsWith("/api/referrals/" + overdueReferral.get("referralId"));
        assertThat(mine.get(1)).containsEntry("name", "Dora Due").containsEntry("overdue", false)
                .containsEntry("daysSinceDiagnosis", 10).containsEntry("seenBy", today.plusDays(46).toString());

        JsonPath lateMeasure = timeToFirstVisit("2021-03", "2021-03");
        assertThat(row(lateMeasure, "2021-03", "HOME")).containsEntry("seen", 1).containsEntry("p50Hours", 1440.0f);
    }

    @Test
    void aClinicianSeesTheWorklistOfTheirSettingsCensusOthersAreRefusedAndEveryReadIsAudited() {
        LocalDate today = LocalDate.now(PROGRAMME_ZONE);
        UUID home = UUID.fromString((String) refer("Hattie Home", "HOME", advancedCancer(today.minusDays(30)))
                .get("patientId"));
        UUID clinic = UUID.fromString((String) refer("Carl Clinic", "OUTPATIENT", advancedCancer(today.minusDays(30)))
                .get("patientId"));
        List<UUID> both = List.of(home, clinic);
        await().atMost(Duration.ofSeconds(30)).until(() -> worklistOf(RestAssured::given, both).size() == 2);
        String homeClinician = "home-clinician-" + UUID.randomUUID();
        String hospitalClinician = "hospital-clinician-" + UUID.randomUUID();
        String ehr = "ehr-" + UUID.randomUUID();
        String nurse = "nurse-" + UUID.randomUUID();

        assertThat(worklistOf(() -> as(homeClinician, Roles.CLINICIAN, CareSetting.HOME), both))
                .extracting(row -> row.get("patientId")).containsExactly(home.toString());
        assertThat(worklistOf(() -> as(hospitalClinician, Roles.CLINICIAN, CareSetting.INPATIENT), both)).isEmpty();
        AccessChecks.as(TestTokens.as(ehr, Roles.EHR_SYSTEM, Optional.empty())).get(WORKLIST).then().statusCode(403);
        AccessChecks.as(TestTokens.as(nurse, Roles.HOME_NURSE, Optional.of(CareSetting.HOME))).get(WORKLIST).then()
                .statusCode(403);
        AccessChecks.as(TestTokens.as(ehr, Roles.EHR_SYSTEM, Optional.empty())).get(TIME_TO_FIRST_VISIT).then()
                .statusCode(403);
        as(hospitalClinician, Roles.CLINICIAN, CareSetting.INPATIENT).get(TIME_TO_FIRST_VISIT).then().statusCode(200);

        assertThat(audited(homeClinician)).isNotEmpty()
                .allMatch(entry -> entry.equals("SEARCH quality-worklist GET " + WORKLIST + " 200 SUCCESS null"));
        List<String> hospital = audited(hospitalClinician);
        assertThat(hospital.getFirst())
                .isEqualTo("SEARCH quality-time-to-first-visit GET " + TIME_TO_FIRST_VISIT + " 200 SUCCESS null");
        assertThat(hospital.subList(1, hospital.size())).isNotEmpty()
                .allMatch(entry -> entry.equals("SEARCH quality-worklist GET " + WORKLIST + " 200 SUCCESS null"));
        assertThat(audited(ehr)).containsExactly(
                "SEARCH quality-time-to-first-visit GET " + TIME_TO_FIRST_VISIT + " 403 DENIED null",
                "SEARCH quality-worklist GET " + WORKLIST + " 403 DENIED null");
        assertThat(audited(nurse)).containsExactly("SEARCH quality-worklist GET " + WORKLIST + " 403 DENIED null");
    }

    @Test
    void badParametersAre400() {
        given().queryParam("from", "2021-13").get(TIME_TO_FIRST_VISIT).then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("to", "March").get(TIME_TO_FIRST_VISIT).then().statusCode(400);
        given().queryParam("from", "2021-03").queryParam("to", "2021-01").get(TIME_TO_FIRST_VISIT).then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("from", "2000-01").queryParam("to", "2021-01").get(TIME_TO_FIRST_VISIT).then().statusCode(400);
        given().queryParam("limit", 0).get(WORKLIST).then().statusCode(400);
        given().queryParam("limit", 201).get(WORKLIST).then().statusCode(400);
        given().queryParam("after", "not-a-cursor").get(WORKLIST).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void withoutMonthsTheMeasureCoversTheLastTwelveMonths() {
        JsonPath measures = given().get(TIME_TO_FIRST_VISIT).then().statusCode(200).extract().jsonPath();

        String current = YearMonth.now(PROGRAMME_ZONE).toString();
        assertThat(measures.getString("to")).isEqualTo(current);
        assertThat(measures.getString("from")).isEqualTo(YearMonth.now(PROGRAMME_ZONE).minusMonths(11).toString());
        assertThat(measures.getList("months")).hasSize(36);
    }

    @Test
    void theApiDocumentDescribesTheMeasuresTheirParametersAndErrors() {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();

        String measure = "paths.'" + TIME_TO_FIRST_VISIT + "'.get";
        assertThat(document.getString(measure + ".summary")).startsWith("The time from referral to first palliative visit");
        assertThat(document.getString(measure + ".description")).contains("America/Chicago").contains("transfer");
        assertThat(document.getList(measure + ".parameters.name")).containsExactlyInAnyOrder("from", "to");
        assertThat(document.getMap(measure + ".responses")).containsKeys("200", "400", "401", "403", "500");
        assertThat(document.getString(measure + ".responses.'200'.content.'application/json'.schema.$ref"))
                .isEqualTo("#/components/schemas/TimeToFirstVisitView");
        assertThat(document.getMap("components.schemas.SettingMonth.properties")).containsOnlyKeys("month", "setting",
                "referrals", "seen", "stillWaiting", "notToBeSeen", "p50Hours", "p75Hours", "p90Hours");

        String worklist = "paths.'" + WORKLIST + "'.get";
        assertThat(document.getList(worklist + ".parameters.name")).containsExactlyInAnyOrder("limit", "after");
        assertThat(document.getMap(worklist + ".responses")).containsKeys("200", "400", "401", "403", "500");
        assertThat(document.getMap("components.schemas.AdvancedCancerWorklistEntryView.properties")).containsOnlyKeys(
                "patientId", "name", "diagnosis", "seenBy", "overdue", "daysSinceDiagnosis", "openReferral");
        assertThat(document.getMap("components.schemas.WorklistDiagnosis.properties")).containsOnlyKeys("system", "code",
                "text", "diagnosedOn");
    }

    /** Every row of the worklist for these patients, read a page of three at a time to its end. */
    private static List<Map<String, Object>> worklistOf(Supplier<RequestSpecification> caller, List<UUID> patients) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String after = null;
        do {
            RequestSpecification request = caller.get().queryParam("limit", 3);
            if (after != null) {
                request = request.queryParam("after", after);
            }
            JsonPath page = request.get(WORKLIST).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(row -> patients.contains(UUID.fromString((String) row.get("patientId"))))
                    .forEach(rows::add);
            after = page.getString("next");
        } while (after != null);
        return rows;
    }

    private static RequestSpecification as(String user, String role, CareSetting setting) {
        return AccessChecks.as(TestTokens.as(user, role, Optional.of(setting)));
    }

    private static JsonPath timeToFirstVisit(String from, String to) {
        return given().queryParam("from", from).queryParam("to", to).get(TIME_TO_FIRST_VISIT).then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath measures, String month, String setting) {
        return measures.getMap("months.find { it.month == '" + month + "' && it.setting == '" + setting + "' }");
    }

    private static Map<String, Object> advancedCancer(LocalDate diagnosedOn) {
        return Map.of("code", Map.of("system", "http://hl7.org/fhir/sid/icd-10-cm", "code", "C34.90"),
                "text", "Metastatic lung cancer", "diagnosedOn", diagnosedOn.toString(), "advancedCancer", true);
    }

    /** Refers a new patient of this name to the setting through the API, with this diagnosis. */
    private static Map<String, Object> refer(String name, String setting, Map<String, Object> diagnosis) {
        Map<String, Object> patient = new HashMap<>(ReferralResourceTest.patient("urn:oid:2.16.840.1.113883.19.5",
                "MRN-" + UUID.randomUUID()));
        patient.put("name", name);
        Map<String, Object> referral = new HashMap<>(ReferralResourceTest.referral("unused", setting));
        referral.put("patient", patient);
        referral.put("diagnosis", diagnosis);
        return given().contentType(ContentType.JSON).body(referral).post("/api/referrals").then().statusCode(201)
                .extract().jsonPath().getMap("");
    }

    /** The patient of a referral of this test's own: one per referral, derived from its id. */
    private static UUID patientOf(UUID referralId) {
        return UUID.nameUUIDFromBytes(referralId.toString().getBytes());
    }

    /** A referral, submitted at {@code at}, whose first visit began {@code hours} later. */
    private void seenAfter(CareSetting setting, Instant at, int hours) {
        firstVisit(submit(setting, at), setting, at.plus(hours, ChronoUnit.HOURS));
    }

    private UUID submit(CareSetting setting, Instant at) {
        UUID referralId = UUID.randomUUID();
        kafka().publish(GATEWAY, submitted(referralId, patientOf(referralId), setting, HEART_FAILURE, at));
        return referralId;
    }

    private void firstVisit(UUID referralId, CareSetting setting, Instant startedAt) {
        firstVisit(referralId, patientOf(referralId), setting, startedAt);
    }

    private void firstVisit(UUID referralId, UUID patientId, CareSetting setting, Instant startedAt) {
        kafka().publish(setting == CareSetting.INPATIENT ? INPATIENT_SERVICE : HOME_SERVICE,
                new ReferralFirstVisitCompleted(referralId, patientId, setting, UUID.randomUUID(), startedAt));
    }

    private static ReferralSubmitted submitted(UUID referralId, UUID patientId, CareSetting setting, Diagnosis diagnosis,
            Instant at) {
        ReferralSubmitted sample = SampleReferrals.submitted(setting, patientId, "Breathless at rest");
        return new ReferralSubmitted(referralId, patientId, setting, sample.patient(), diagnosis, sample.reason(),
                sample.symptoms(), sample.urgency(), sample.goalsOfCare(), sample.referrer(), sample.coverage(),
                sample.attachments(), at);
    }

    private static ConsultRequested consult(UUID referralId, Instant requestedAt) {
        return new ConsultRequested(UUID.randomUUID(), referralId, patientOf(referralId), HEART_FAILURE, "5 West", "12",
                "cardiology", new Referrer("Dr. Henry Marsh", "Springfield General Hospital"), "Breathless at rest",
                Urgency.URGENT, requestedAt, requestedAt.plus(1, ChronoUnit.DAYS), requestedAt.plus(1, ChronoUnit.HOURS));
    }

    private static void awaitTimeline(UUID patientId, int entries) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/patients/{id}/timeline", patientId).then()
                .statusCode(200).extract().jsonPath().getList("entries").size() >= entries);
    }

    /** The caller's audit entries, newest first. */
    private static List<String> audited(String actor) {
        return AccessChecks.auditOf(actor).stream().map(entry -> entry.get("action") + " " + entry.get("resource") + " "
                + entry.get("request") + " " + entry.get("status") + " " + entry.get("outcome") + " "
                + entry.get("patientId")).toList();
    }

    private KafkaEvents kafka() {
        return new KafkaEvents(bootstrapServers);
    }
}
