package org.pallium.homevisit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.pallium.platform.testing.AccessChecks.as;
import static org.pallium.platform.testing.AccessChecks.auditOf;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.pallium.events.AcpDocumentChanged;
import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.AcpDocumentType;
import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;
import org.pallium.events.CodeStatusChanged;
import org.pallium.events.Discipline;
import org.pallium.events.EsasCompletedBy;
import org.pallium.events.EsasR;
import org.pallium.events.GoalsOfCareDocumented;
import org.pallium.events.HealthcareAgent;
import org.pallium.events.PatientTransitioned;
import org.pallium.events.ReferralSubmitted;
import org.pallium.events.TransitionOutcome;
import org.pallium.events.VisitCompleted;
import org.pallium.homevisit.repository.AllergiesStatus;
import org.pallium.homevisit.repository.Allergy;
import org.pallium.homevisit.repository.AllergySeverity;
import org.pallium.homevisit.repository.ConcernCategory;
import org.pallium.homevisit.repository.FamilyContact;
import org.pallium.homevisit.repository.HomeAssessment;
import org.pallium.homevisit.repository.HomePatient;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.repository.PatientConcern;
import org.pallium.homevisit.repository.Relationship;
import org.pallium.homevisit.repository.Residence;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.LocalInfrastructureResource;
import org.pallium.platform.testing.SampleReferrals;
import org.pallium.platform.testing.SampleTransitions;
import org.pallium.platform.testing.TestTokens;

/**
 * The doorstep view of a patient: what other settings published (code status, healthcare agent,
 * goals of care, scores), the newest by clinical time whatever order it arrived in, beside the home
 * team's own records; and only for those who may see the patient.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "homevisit"))
class PatientEssentialsTest {

    private static final URI GATEWAY = URI.create("/pallium/referral-gateway");
    private static final URI CLINIC = URI.create("/pallium/outpatient-service");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Test
    void theNewestCodeStatusWinsAndAnOlderOneArrivingLateDoesNotOverwriteIt() throws SQLException {
        UUID patientId = UUID.randomUUID();
        homeRecord(patientId);
        kafka().publish(SampleTransitions.INPATIENT_SERVICE, new CodeStatusChanged(UUID.randomUUID(), patientId,
                CareSetting.INPATIENT, CodeStatus.DNR, CodeStatus.FULL_CODE, "Dr. Ward", NOW.minus(3, ChronoUnit.DAYS)));
        awaitEssentials(patientId, json -> "INPATIENT".equals(json.getString("codeStatus.setting")));

        UUID documentId = UUID.randomUUID();
        kafka().publish(CLINIC, new AcpDocumentChanged(documentId, patientId, CareSetting.OUTPATIENT,
                AcpDocumentType.CODE_STATUS, AcpDocumentStatus.SIGNED, AcpDocumentStatus.DRAFTED, null, null,
                CodeStatus.COMFORT_MEASURES_ONLY, "Dr. Clinic", NOW.minus(1, ChronoUnit.DAYS)));
        awaitEssentials(patientId, json -> "OUTPATIENT".equals(json.getString("codeStatus.setting")));

        kafka().publish(SampleTransitions.INPATIENT_SERVICE, new CodeStatusChanged(UUID.randomUUID(), patientId,
                CareSetting.INPATIENT, CodeStatus.FULL_CODE, CodeStatus.DNR, "Dr. Late", NOW.minus(2, ChronoUnit.DAYS)));
        kafka().publish(SampleTransitions.INPATIENT_SERVICE, goalsOfCare(patientId, NOW.minus(4, ChronoUnit.DAYS)));
        awaitEssentials(patientId, json -> json.get("goalsOfCare") != null);

        given().get("/api/patients/{id}/essentials", patientId).then().statusCode(200)
                .body("codeStatus.codeStatus", equalTo("COMFORT_MEASURES_ONLY"))
                .body("codeStatus.documentStatus", equalTo("SIGNED"))
                .body("codeStatus.setting", equalTo("OUTPATIENT"))
                .body("codeStatus.recordedBy", equalTo("Dr. Clinic"))
                .body("codeStatus.recordedAt", equalTo(NOW.minus(1, ChronoUnit.DAYS).toString()))
                .body("goalsOfCare.whatMatters", equalTo("Staying at home with the dog"))
                .body("goalsOfCare.setting", equalTo("INPATIENT"));
        assertThat(essentialsChangesOf(patientId)).as("the late code status changed nothing").isEqualTo(3);
    }

    @Test
    void aCodeStatusDocumentedBeforeThePatientCameHomeIsKeptForTheirFirstVisit() throws SQLException {
        UUID patientId = UUID.randomUUID();
        kafka().publish(SampleTransitions.INPATIENT_SERVICE, new CodeStatusChanged(UUID.randomUUID(), patientId,
                CareSetting.INPATIENT, CodeStatus.DNR_DNI, null, "Dr. Ward", NOW.minus(5, ChronoUnit.DAYS)));
        await().atMost(PATIENCE).until(() -> factsOf(patientId) > 0);
        given().get("/api/patients/{id}/essentials", patientId).then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Unknown patient"));

        homeRecord(patientId);

        given().get("/api/patients/{id}/essentials", patientId).then().statusCode(200)
                .body("codeStatus.codeStatus", equalTo("DNR_DNI"))
                .body("codeStatus.setting", equalTo("INPATIENT"));
    }

    @Test
    void theClinicsEsasIsOvertakenByANewerHomeAssessmentWithItsChangeSince() {
        UUID patientId = UUID.randomUUID();
        homeRecord(patientId);
        EsasR atClinic = esas(3, 6, EsasCompletedBy.PATIENT);
        Instant clinicVisit = NOW.minus(3, ChronoUnit.DAYS);
        kafka().publish(CLINIC, new VisitCompleted(UUID.randomUUID(), patientId, CareSetting.OUTPATIENT, "AMB",
                "Dr. Clinic", Discipline.PHYSICIAN, clinicVisit, clinicVisit.plus(30, ChronoUnit.MINUTES), atClinic, 60));
        awaitEssentials(patientId, json -> json.get("latestEsas") != null);
        given().get("/api/patients/{id}/essentials", patientId).then().statusCode(200)
                .body("latestEsas.setting", equalTo("OUTPATIENT"))
                .body("latestEsas.esas.pain", equalTo(3))
                .body("latestEsas.total", equalTo(atClinic.total()))
                .body("latestEsas.changeSincePrevious", nullValue())
                .body("latestPps.pps", equalTo(60))
                .body("latestPps.setting", equalTo("OUTPATIENT"));

        EsasR atHome = esas(7, 4, EsasCompletedBy.CAREGIVER);
        Instant assessedAt = NOW.minus(1, ChronoUnit.HOURS);
        assessedAtHome(patientId, null, atHome, 50, assessedAt);

        given().get("/api/patients/{id}/essentials", patientId).then().statusCode(200)
                .body("latestEsas.setting", equalTo("HOME"))
                .body("latestEsas.assessedAt", equalTo(assessedAt.toString()))
                .body("latestEsas.esas.pain", equalTo(7))
                .body("latestEsas.esas.completedBy", equalTo("CAREGIVER"))
                .body("latestEsas.changeSincePrevious.pain", equalTo(4))
                .body("latestEsas.changeSincePrevious.anxiety", equalTo(-2))
                .body("latestEsas.changeSincePrevious.wellbeing", equalTo(0))
                .body("latestEsas.previousAssessedAt", equalTo(clinicVisit.toString()))
                .body("latestPps.pps", equalTo(50))
                .body("latestPps.changeSincePrevious", equalTo(-10))
                .body("latestPps.previousAssessedAt", equalTo(clinicVisit.toString()));

        PatientTransitioned handover = SampleTransitions.discharged(patientId, TransitionOutcome.HOSPICE, null,
                CodeStatus.DNR);
        kafka().publish(SampleTransitions.INPATIENT_SERVICE, handover);
        Instant handedOverEsas = handover.handover().esasAssessedAt();
        awaitEssentials(patientId, json -> handedOverEsas.toString().equals(json.getString("latestEsas.previousAssessedAt")));
        given().get("/api/patients/{id}/essentials", patientId).then().statusCode(200)
                .body("latestEsas.setting", equalTo("HOME"))
                .body("latestEsas.changeSincePrevious.pain", equalTo(7 - handover.handover().esas().pain()))
                .body("latestPps.changeSincePrevious", equalTo(50 - handover.handover().pps()))
                .body("codeStatus.codeStatus", equalTo("DNR"))
                .body("healthcareAgent.name", equalTo("Ruth Test"))
                .body("healthcareAgent.relationship", equalTo("daughter"))
                .body("healthcareAgent.setting", equalTo("INPATIENT"))
                .body("healthcareAgent.documentStatus", nullValue())
                .body("advanceCarePlanning[0].documentType", equalTo("ADVANCE_DIRECTIVE"))
                .body("advanceCarePlanning[0].reference", equalTo(handover.handover().advanceDirective()))
                .body("goalsOfCare.decisions", equalTo(handover.handover().decisions()));
    }

    @Test
    void aVisitThatAssessedOneScoreOnlyIsKeptWithoutHoldingUpTheEventsAfterIt() {
        UUID patientId = UUID.randomUUID();
        homeRecord(patientId);
        Instant clinicVisit = NOW.minus(2, ChronoUnit.DAYS);
        kafka().publish(CLINIC, new VisitCompleted(UUID.randomUUID(), patientId, CareSetting.OUTPATIENT, "AMB",
                "Dr. Clinic", Discipline.PHYSICIAN, clinicVisit, clinicVisit.plus(30, ChronoUnit.MINUTES),
                esas(4, 2, EsasCompletedBy.PATIENT), null));
        kafka().publish(CLINIC, new VisitCompleted(UUID.randomUUID(), patientId, CareSetting.OUTPATIENT, "AMB",
                "Dr. Clinic", Discipline.PHYSICIAN, clinicVisit.plus(1, ChronoUnit.DAYS),
                clinicVisit.plus(1, ChronoUnit.DAYS).plus(30, ChronoUnit.MINUTES), null, 40));

        awaitEssentials(patientId, json -> json.get("latestPps") != null);
        given().get("/api/patients/{id}/essentials", patientId).then().statusCode(200)
                .body("latestEsas.esas.pain", equalTo(4))
                .body("latestPps.pps", equalTo(40));
    }

    @Test
    void aHomeVisitsPublishedScoresCountOnceBesideTheAssessmentTheyComeFrom() {
        UUID patientId = UUID.randomUUID();
        homeRecord(patientId);
        UUID visitId = UUID.randomUUID();
        EsasR atHome = esas(5, 5, EsasCompletedBy.PATIENT);
        Instant visitStart = NOW.minus(3, ChronoUnit.HOURS);
        assessedAtHome(patientId, visitId, atHome, 40, visitStart.plus(10, ChronoUnit.MINUTES));
        kafka().publish(URI.create("/pallium/home-visit-service"), new VisitCompleted(visitId, patientId,
                CareSetting.HOME, "HH", "nurse-ada", Discipline.NURSE, visitStart, visitStart.plus(1, ChronoUnit.HOURS),
                atHome, 40));
        Instant clinicVisit = NOW.minus(5, ChronoUnit.DAYS);
        kafka().publish(CLINIC, new VisitCompleted(UUID.randomUUID(), patientId, CareSetting.OUTPATIENT, "AMB",
                "Dr. Clinic", Discipline.PHYSICIAN, clinicVisit, clinicVisit.plus(30, ChronoUnit.MINUTES),
                esas(2, 5, EsasCompletedBy.PATIENT), 60));

        awaitEssentials(patientId, json -> json.get("latestEsas.previousAssessedAt") != null);
        given().get("/api/patients/{id}/essentials", patientId).then().statusCode(200)
                .body("latestEsas.setting", equalTo("HOME"))
                .body("latestEsas.previousAssessedAt", equalTo(clinicVisit.toString()))
                .body("latestEsas.changeSincePrevious.pain", equalTo(3))
                .body("latestPps.previousAssessedAt", equalTo(clinicVisit.toString()))
                .body("latestPps.changeSincePrevious", equalTo(-20));
    }

    @Test
    void aHealthcareAgentNamedByANewerPowerOfAttorneyReplacesTheHandedOverOne() {
        UUID patientId = UUID.randomUUID();
        homeRecord(patientId);
        kafka().publish(SampleTransitions.INPATIENT_SERVICE,
                SampleTransitions.discharged(patientId, TransitionOutcome.HOSPICE, null, CodeStatus.DNR));
        kafka().publish(CLINIC, new AcpDocumentChanged(UUID.randomUUID(), patientId, CareSetting.OUTPATIENT,
                AcpDocumentType.HEALTH_CARE_POWER_OF_ATTORNEY, AcpDocumentStatus.ON_FILE, AcpDocumentStatus.SIGNED,
                "DocumentReference/hcpoa-1", new HealthcareAgent("Sam Test", "son", null), null, "Dr. Clinic",
                NOW.plus(1, ChronoUnit.MINUTES)));
        kafka().publish(CLINIC, new AcpDocumentChanged(UUID.randomUUID(), patientId, CareSetting.OUTPATIENT,
                AcpDocumentType.POLST, AcpDocumentStatus.SIGNED, AcpDocumentStatus.DRAFTED, null, null, null,
                "Dr. Clinic", NOW.minus(1, ChronoUnit.DAYS)));

        awaitEssentials(patientId, json -> "Sam Test".equals(json.getString("healthcareAgent.name"))
                && json.getList("advanceCarePlanning").size() == 2);
        given().get("/api/patients/{id}/essentials", patientId).then().statusCode(200)
                .body("healthcareAgent.relationship", equalTo("son"))
                .body("healthcareAgent.phone", nullValue())
                .body("healthcareAgent.documentStatus", equalTo("ON_FILE"))
                .body("healthcareAgent.reference", equalTo("DocumentReference/hcpoa-1"))
                .body("healthcareAgent.setting", equalTo("OUTPATIENT"))
                .body("advanceCarePlanning.documentType", equalTo(List.of("ADVANCE_DIRECTIVE", "POLST")))
                .body("advanceCarePlanning[1].status", equalTo("SIGNED"));
    }

    @Test
    void theCompactCallShowsTheHomeRecordFamilyAllergiesConcernsAndTheLastVisitsPlan() {
        ReferralSubmitted referral = admitted("Dr. Balfour Mount");
        UUID patientId = referral.patientId();
        homeRecord(patientId);
        UUID caregiver = UUID.randomUUID();
        UUID neighbour = UUID.randomUUID();
        UUID openConcern = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            contact(neighbour, patientId, "Alice Nextdoor", Relationship.NEIGHBOUR, false);
            contact(caregiver, patientId, "Zoe Test", Relationship.SPOUSE, true);
            concern(openConcern, patientId, "Sacral pressure area, check every visit", null);
            concern(UUID.randomUUID(), patientId, "Oxygen concentrator noisy", NOW.minus(1, ChronoUnit.DAYS));
        });
        UUID earlier = recordVisit(patientId, NOW.minus(3, ChronoUnit.DAYS));
        UUID latest = recordVisit(patientId, NOW.minus(1, ChronoUnit.DAYS));
        QuarkusTransaction.requiringNew().run(() -> {
            HomeVisit.<HomeVisit>findById(earlier).plan = "Review pain diary";
            HomeVisit.<HomeVisit>findById(latest).plan = "Start senna; call daughter Friday";
        });

        String body = given().get("/api/patients/{id}/essentials", patientId).then().statusCode(200)
                .body("home.residence", equalTo("RELATIVES_HOME"))
                .body("home.address.line", equalTo("12 Elm Street"))
                .body("home.address.city", equalTo("Springfield"))
                .body("home.address.postalCode", equalTo("01101"))
                .body("home.accessNotes", equalTo("Key safe 4711; friendly dog"))
                .body("home.assignedNurse", equalTo("nurse-ada"))
                .body("familyContacts.id", equalTo(List.of(caregiver.toString(), neighbour.toString())))
                .body("familyContacts[0].primaryCaregiver", equalTo(true))
                .body("familyContacts[0].relationship", equalTo("SPOUSE"))
                .body("familyContacts[0].phone", equalTo("+1 555 0199"))
                .body("allergies.status", equalTo("RECORDED"))
                .body("allergies.recorded[0].substance", equalTo("morphine"))
                .body("allergies.recorded[0].severity", equalTo("SEVERE"))
                .body("openConcerns.id", equalTo(List.of(openConcern.toString())))
                .body("openConcerns[0].category", equalTo("SAFETY"))
                .body("lastVisit.visitId", equalTo(latest.toString()))
                .body("lastVisit.plan", equalTo("Start senna; call daughter Friday"))
                .body("lastVisit.startedAt", equalTo(NOW.minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()))
                .body("lastVisit.clinician", equalTo("Cicely Saunders, RN"))
                .body("lastVisit.discipline", equalTo("NURSE"))
                .extract().asString();
        assertThat(body).as("what nobody recorded is left out")
                .doesNotContain("codeStatus", "healthcareAgent", "latestEsas", "advanceCarePlanning", "null");
    }

    @Test
    void aPatientWithoutAHomeRecordShowsTheirAllergiesAsUnknown() {
        UUID patientId = admitted("Dr. Balfour Mount").patientId();

        String body = given().get("/api/patients/{id}/essentials", patientId).then().statusCode(200)
                .body("patientId", equalTo(patientId.toString()))
                .body("allergies.status", equalTo("UNKNOWN"))
                .extract().asString();
        assertThat(body).doesNotContain("home", "familyContacts", "recorded", "lastVisit");
    }

    @Test
    void onlyThoseWhoMaySeeThePatientGetTheirEssentials() {
        String nurse = user("nurse-ada");
        String otherNurse = user("nurse-bea");
        String wardClinician = user("dr-ward");
        ReferralSubmitted referral = admitted(nurse);
        UUID patientId = referral.patientId();

        as(TestTokens.as(nurse, Roles.HOME_NURSE, Optional.empty())).get("/api/patients/{id}/essentials", patientId)
                .then().statusCode(200).body("patientId", equalTo(patientId.toString()));
        String unknown = as(TestTokens.as(otherNurse, Roles.HOME_NURSE, Optional.empty()))
                .get("/api/patients/{id}/essentials", UUID.randomUUID()).then().statusCode(404).extract().asString();
        String refused = as(TestTokens.as(otherNurse, Roles.HOME_NURSE, Optional.empty()))
                .get("/api/patients/{id}/essentials", patientId).then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Unknown patient"))
                .extract().asString();
        assertThat(refused).doesNotContain("essentials\":").contains(patientId.toString());
        assertThat(refused.replace(patientId.toString(), "x")).isEqualTo(unknown.replaceAll(
                "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "x"));
        as(TestTokens.as(wardClinician, Roles.CLINICIAN, Optional.of(CareSetting.INPATIENT)))
                .get("/api/patients/{id}/essentials", patientId).then().statusCode(404);
        as(TestTokens.as(user("dr-home"), Roles.CLINICIAN, Optional.of(CareSetting.HOME)))
                .get("/api/patients/{id}/essentials", patientId).then().statusCode(200);
        as(TestTokens.as(user("auditor"), Roles.AUDITOR, Optional.empty()))
                .get("/api/patients/{id}/essentials", patientId).then().statusCode(403);

        assertThat(auditOf(nurse)).extracting(entry -> entry.get("action") + " " + entry.get("resource") + " "
                        + entry.get("status") + " " + entry.get("outcome") + " " + entry.get("patientId"))
                .containsExactly("READ patient-essentials 200 SUCCESS " + patientId);
        assertThat(auditOf(otherNurse)).extracting(entry -> entry.get("status") + " " + entry.get("outcome") + " "
                        + entry.get("patientId"))
                .first().isEqualTo("404 DENIED " + patientId);
        assertThat(auditOf(wardClinician)).extracting(entry -> entry.get("status") + " " + entry.get("outcome"))
                .containsExactly("404 DENIED");
    }

    private KafkaEvents kafka() {
        return new KafkaEvents(bootstrapServers);
    }

    /** Waits until the patient's essentials, as a coordinator reads them, satisfy {@code until}. */
    private static void awaitEssentials(UUID patientId, Predicate<JsonPath> until) {
        await().atMost(PATIENCE).until(() -> given().get("/api/patients/{id}/essentials", patientId).then()
                .statusCode(200).extract().jsonPath(), until::test);
    }

    /** A referral home, accepted by a coordinator naming {@code clinician}: a home nurse so named has the patient. */
    private ReferralSubmitted admitted(String clinician) {
        ReferralSubmitted referral = SampleReferrals.submitted(CareSetting.HOME, UUID.randomUUID(), "Pain at home");
        kafka().publish(GATEWAY, referral);
        await().atMost(PATIENCE).until(() -> given().get("/api/admissions").then().statusCode(200).extract()
                .jsonPath().getList("items.findAll { it.referralId == '" + referral.referralId() + "' }.id"), ids -> !ids.isEmpty());
        given().contentType(ContentType.JSON).body(Map.of("clinician", clinician))
                .post("/api/referrals/{id}/acceptance", referral.referralId()).then().statusCode(200);
        return referral;
    }

    private static UUID recordVisit(UUID patientId, Instant startedAt) {
        UUID visitId = UUID.randomUUID();
        Instant started = startedAt.truncatedTo(ChronoUnit.SECONDS);
        given().contentType(ContentType.JSON)
                .body(Map.of("id", visitId, "patientId", patientId, "clinician", "Cicely Saunders, RN",
                        "discipline", "NURSE", "startedAt", started.toString(),
                        "endedAt", started.plusSeconds(2400).toString()))
                .post("/api/visits").then().statusCode(201);
        return visitId;
    }

    private static void homeRecord(UUID patientId) {
        QuarkusTransaction.requiringNew().run(() -> {
            HomePatient home = new HomePatient();
            home.patientId = patientId;
            home.residence = Residence.RELATIVES_HOME;
            home.addressLine = "12 Elm Street";
            home.city = "Springfield";
            home.postalCode = "01101";
            home.accessNotes = "Key safe 4711; friendly dog";
            home.allergiesStatus = AllergiesStatus.RECORDED;
            home.allergies = List.of(new Allergy("morphine", "hives", AllergySeverity.SEVERE));
            home.assignedNurse = "nurse-ada";
            home.agency = "Springfield Home Health";
            home.updatedAt = NOW;
            home.updatedBy = "test-coordinator";
            home.persist();
        });
    }

    private static void contact(UUID id, UUID patientId, String name, Relationship relationship, boolean primary) {
        FamilyContact contact = new FamilyContact();
        contact.id = id;
        contact.patientId = patientId;
        contact.name = name;
        contact.relationship = relationship;
        contact.phone = "+1 555 0199";
        contact.primaryCaregiver = primary;
        contact.updatedAt = NOW;
        contact.updatedBy = "test-coordinator";
        contact.persist();
    }

    private static void concern(UUID id, UUID patientId, String description, Instant resolvedAt) {
        PatientConcern concern = new PatientConcern();
        concern.id = id;
        concern.patientId = patientId;
        concern.category = ConcernCategory.SAFETY;
        concern.description = description;
        concern.raisedAt = NOW.minus(2, ChronoUnit.DAYS);
        concern.raisedBy = "nurse-ada";
        concern.resolvedAt = resolvedAt;
        concern.resolvedBy = resolvedAt == null ? null : "nurse-ada";
        concern.persist();
    }

    private static void assessedAtHome(UUID patientId, UUID visitId, EsasR esas, int pps, Instant assessedAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            HomeAssessment assessment = new HomeAssessment();
            assessment.id = UUID.randomUUID();
            assessment.patientId = patientId;
            assessment.visitId = visitId;
            assessment.assessedAt = assessedAt;
            assessment.esas = esas;
            assessment.pps = pps;
            assessment.recordedAt = NOW;
            assessment.recordedBy = "nurse-ada";
            assessment.persist();
        });
    }

    /** An ESAS-r with this pain and anxiety, every other item 2. */
    private static EsasR esas(int pain, int anxiety, EsasCompletedBy completedBy) {
        return new EsasR(pain, 2, 2, 2, 2, 2, 2, anxiety, 2, null, null, completedBy);
    }

    private static GoalsOfCareDocumented goalsOfCare(UUID patientId, Instant heldAt) {
        return new GoalsOfCareDocumented(UUID.randomUUID(), patientId, CareSetting.INPATIENT, List.of("patient"),
                "Staying at home with the dog", "No further chemotherapy", "Dr. Ward", heldAt);
    }

    private long essentialsChangesOf(UUID patientId) throws SQLException {
        return count("SELECT count(*) FROM sync_change WHERE patient_id = ? AND kind = 'ESSENTIALS'", patientId);
    }

    private long factsOf(UUID patientId) throws SQLException {
        return count("SELECT count(*) FROM essential_fact WHERE patient_id = ?", patientId);
    }

    private long count(String sql, UUID patientId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, patientId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String user(String name) {
        return name + "-" + UUID.randomUUID();
    }
}
