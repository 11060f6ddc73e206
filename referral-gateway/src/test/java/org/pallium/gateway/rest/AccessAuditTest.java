package org.pallium.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.TestTokens;

/**
 * Every call of a gateway endpoint that touches patient data leaves exactly one entry in the
 * append-only audit trail, whatever its outcome: who, which patient when it is known, what, and
 * how it ended; never the patient's name or anything they told.
 */
@QuarkusTest
class AccessAuditTest {

    private static final String NAME = "Ada Lovelace";

    @Inject
    AgroalDataSource dataSource;

    /** One audit entry, as the table holds it, with the whole row as text to search. */
    private record Entry(String actor, UUID patientId, String action, String resource, String request, int status,
            String outcome, String row) {
    }

    /** A caller of the test's own, so that its entries are its alone. */
    private record Caller(String name, String token) {

        static Caller as(String role, Optional<CareSetting> setting) {
            String name = role + "-" + UUID.randomUUID();
            return new Caller(name, TestTokens.as(name, role, setting));
        }

        RequestSpecification request() {
            return given().header("Authorization", "Bearer " + token);
        }
    }

    @Test
    void eachReadAndWriteLeavesOneEntryNamingTheCallerThePatientAndTheOutcome() {
        Caller ehrA = Caller.as(Roles.EHR_SYSTEM, Optional.empty());
        Caller ehrB = Caller.as(Roles.EHR_SYSTEM, Optional.empty());
        Caller inpatientClinician = Caller.as(Roles.CLINICIAN, Optional.of(CareSetting.INPATIENT));
        JsonPath submitted = ehrA.request().contentType(ContentType.JSON)
                .body(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME"))
                .post("/api/referrals").then().statusCode(201).extract().jsonPath();
        String referralId = submitted.getString("referralId");
        UUID patientId = UUID.fromString(submitted.getString("patientId"));
        String unknown = UUID.randomUUID().toString();

        ehrA.request().get("/api/referrals/{id}", referralId).then().statusCode(200);
        ehrA.request().get("/api/referrals?patientId={id}", patientId).then().statusCode(200);
        ehrB.request().get("/api/referrals/{id}", referralId).then().statusCode(404);
        ehrB.request().get("/api/referrals/{id}", unknown).then().statusCode(404);
        inpatientClinician.request().get("/api/patients/{id}/timeline", patientId).then().statusCode(404);
        ehrA.request().contentType(ContentType.JSON).body(Map.of("reason", "Referred in error"))
                .delete("/api/referrals/{id}", referralId).then().statusCode(200);

        assertThat(entriesOf(ehrA)).extracting(AccessAuditTest::withoutRow).containsExactly(
                entry(ehrA, "CREATE", "referral", "POST /api/referrals", 201, "SUCCESS", patientId),
                entry(ehrA, "READ", "referral", "GET /api/referrals/" + referralId, 200, "SUCCESS", patientId),
                entry(ehrA, "SEARCH", "referral", "GET /api/referrals", 200, "SUCCESS", patientId),
                entry(ehrA, "UPDATE", "referral", "DELETE /api/referrals/" + referralId, 200, "SUCCESS", patientId));
        assertThat(entriesOf(ehrB)).extracting(AccessAuditTest::withoutRow).containsExactly(
                entry(ehrB, "READ", "referral", "GET /api/referrals/" + referralId, 404, "DENIED", patientId),
                entry(ehrB, "READ", "referral", "GET /api/referrals/" + unknown, 404, "FAILED", null));
        assertThat(entriesOf(inpatientClinician)).extracting(AccessAuditTest::withoutRow).containsExactly(
                entry(inpatientClinician, "READ", "timeline", "GET /api/patients/" + patientId + "/timeline", 404, "DENIED",
                        patientId));
    }

    @Test
    void aCallThatFailsOrIsRefusedIsRecordedOnce() {
        Caller ehr = Caller.as(Roles.EHR_SYSTEM, Optional.empty());
        Caller auditor = Caller.as(Roles.AUDITOR, Optional.empty());
        String key = "key-" + UUID.randomUUID();
        UUID patientId = UUID.fromString(ehr.request().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME"))
                .post("/api/referrals").then().statusCode(201).extract().path("patientId"));

        ehr.request().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME"))
                .post("/api/referrals").then().statusCode(409);
        ehr.request().contentType(ContentType.JSON).body(Map.of("reason", "")).post("/api/referrals").then().statusCode(400);
        ehr.request().contentType(ContentType.JSON).body("{\"reason\": \"" + "x".repeat(1_100_000) + "\"}")
                .post("/api/referrals").then().statusCode(413);
        ehr.request().contentType(ContentType.TEXT).body("Please see Ada").post("/api/referrals").then().statusCode(415);
        ehr.request().contentType("application/fhir+json").body("{\"resourceType\": \"ServiceRequest\"}")
                .post("/fhir/r4/ServiceRequest").then().statusCode(422);
        auditor.request().get("/api/patients/{id}/timeline", patientId).then().statusCode(403);

        assertThat(entriesOf(ehr)).extracting(AccessAuditTest::withoutRow).containsExactly(
                entry(ehr, "CREATE", "referral", "POST /api/referrals", 201, "SUCCESS", patientId),
                entry(ehr, "CREATE", "referral", "POST /api/referrals", 409, "FAILED", null),
                entry(ehr, "CREATE", "referral", "POST /api/referrals", 400, "FAILED", null),
                entry(ehr, "CREATE", "referral", "POST /api/referrals", 413, "FAILED", null),
                entry(ehr, "CREATE", "referral", "POST /api/referrals", 415, "FAILED", null),
                entry(ehr, "CREATE", "referral", "POST /fhir/r4/ServiceRequest", 422, "FAILED", null));
        assertThat(entriesOf(auditor)).extracting(AccessAuditTest::withoutRow).containsExactly(
                entry(auditor, "READ", "timeline", "GET /api/patients/" + patientId + "/timeline", 403, "DENIED", patientId));
    }

    @Test
    void aCallWithoutAValidTokenIsRecordedOnceAsAnonymous() {
        String withoutToken = "/api/referrals/" + UUID.randomUUID();
        String withBadToken = "/fhir/r4/Task/" + UUID.randomUUID();

        given().header("Authorization", "").get(withoutToken).then().statusCode(401);
        given().header("Authorization", "Bearer not-a-jwt").get(withBadToken).then().statusCode(401);

        assertThat(entriesWhere("request", "GET " + withoutToken)).extracting(AccessAuditTest::withoutRow)
                .containsExactly(new Entry("anonymous", null, "READ", "referral", "GET " + withoutToken, 401, "DENIED", null));
        assertThat(entriesWhere("request", "GET " + withBadToken)).extracting(AccessAuditTest::withoutRow)
                .containsExactly(new Entry("anonymous", null, "READ", "referral", "GET " + withBadToken, 401, "DENIED", null));
    }

    @Test
    void anEntryHoldsNothingOfThePatientButTheirPalliumId() {
        Caller ehr = Caller.as(Roles.EHR_SYSTEM, Optional.empty());
        String mrn = "MRN-" + UUID.randomUUID();
        String referralId = ehr.request().contentType(ContentType.JSON).body(ReferralResourceTest.referral(mrn, "HOME"))
                .post("/api/referrals?note=" + NAME.replace(' ', '+')).then().statusCode(201).extract().path("referralId");
        ehr.request().get("/api/referrals/{id}?patient={name}", referralId, NAME).then().statusCode(200);

        List<Entry> entries = entriesOf(ehr);

        assertThat(entries).hasSize(2).allSatisfy(entry -> assertThat(entry.row())
                .doesNotContain(NAME, "Ada", mrn, "1952-12-10", "Elm Street", "metastatic breast cancer", "Uncontrolled pain"));
    }

    @Test
    void anAuditorReadsWhoSawAPatientAndNoClinicalData() {
        Caller ehr = Caller.as(Roles.EHR_SYSTEM, Optional.empty());
        Caller auditor = Caller.as(Roles.AUDITOR, Optional.empty());
        JsonPath submitted = ehr.request().contentType(ContentType.JSON)
                .body(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME"))
                .post("/api/referrals").then().statusCode(201).extract().jsonPath();
        ehr.request().get("/api/referrals/{id}", submitted.getString("referralId")).then().statusCode(200);

        JsonPath trail = auditor.request().get("/api/audit?patientId={id}", submitted.getString("patientId")).then()
                .statusCode(200).extract().jsonPath();

        assertThat(trail.getList("entries.actor", String.class)).containsExactly(ehr.name(), ehr.name());
        assertThat(trail.getList("entries.action", String.class)).containsExactly("READ", "CREATE");
        auditor.request().get("/api/referrals/{id}", submitted.getString("referralId")).then().statusCode(403);
        Caller.as(Roles.ADMIN, Optional.empty()).request().get("/api/audit").then().statusCode(403);
    }

    @Test
    void theAuditTableRefusesToChangeOrLoseAnEntry() throws SQLException {
        Caller ehr = Caller.as(Roles.EHR_SYSTEM, Optional.empty());
        ehr.request().get("/api/referrals/{id}", UUID.randomUUID()).then().statusCode(404);

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE audit_entry SET actor = 'someone-else' WHERE actor = '" + ehr.name() + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_entry WHERE actor = '" + ehr.name() + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("TRUNCATE audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(entriesOf(ehr)).hasSize(1);
    }

    private static Entry entry(Caller caller, String action, String resource, String request, int status, String outcome,
            UUID patientId) {
        return new Entry(caller.name(), patientId, action, resource, request, status, outcome, null);
    }

    private static Entry withoutRow(Entry entry) {
        return new Entry(entry.actor(), entry.patientId(), entry.action(), entry.resource(), entry.request(), entry.status(),
                entry.outcome(), null);
    }

    private List<Entry> entriesOf(Caller caller) {
        return entriesWhere("actor", caller.name());
    }

    /** The entries with {@code column} equal to {@code value}, oldest first. */
    private List<Entry> entriesWhere(String column, String value) {
        String select = "SELECT actor, patient_id, action, resource, request, status, outcome, audit_entry::text"
                + " FROM audit_entry WHERE " + column + " = ? ORDER BY id";
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(select)) {
            query.setString(1, value);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getString(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getInt(6), rows.getString(7), rows.getString(8)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
