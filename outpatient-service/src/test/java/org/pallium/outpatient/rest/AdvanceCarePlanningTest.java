package org.pallium.outpatient.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pallium.events.AcpDocumentChanged;
import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.AcpDocumentType;
import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;
import org.pallium.events.HealthcareAgent;
import org.pallium.platform.testing.LocalInfrastructureResource;

/**
 * Advance care planning at the clinic: a document's course from discussed to on file, each change
 * kept and published; what a document must hold; a revoked or rewritten document is a new one; the
 * sessions; and the patient's current documents.
 */
@QuarkusTest
@WithTestResource(value = LocalInfrastructureResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "outpatient"))
class AdvanceCarePlanningTest {

    private static final String EHR_DOCUMENT = "https://ehr.example.org/fhir/DocumentReference/polst-77";
    private static final Map<String, Object> DAUGHTER = Map.of("name", "Maria Lopez", "relationship", "daughter",
            "phone", "+1 555 0142");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    ReferredPatients patients;
    UUID patientId;
    Instant discussedAt;

    @BeforeEach
    void referPatient() {
        patients = new ReferredPatients(bootstrapServers);
        patientId = patients.accepted();
        discussedAt = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void aDocumentGoesFromDiscussedToOnFileEachChangeKeptAndPublishedWithTheStatusItLeft() {
        UUID polst = UUID.randomUUID();
        record(document(polst, "POLST", "DISCUSSED", Map.of("changedAt", discussedAt.toString(),
                "note", "Wants comfort-focused treatment; will think about intubation"))).statusCode(201)
                .header("Location", endsWith("/api/acp-documents/" + polst))
                .body("status", equalTo("DISCUSSED"))
                .body("history.status", equalTo(List.of("DISCUSSED")));
        change(polst, "DRAFTED", Map.of("changedAt", discussedAt.plus(7, ChronoUnit.DAYS).toString())).statusCode(201);
        change(polst, "SIGNED", Map.of("changedAt", discussedAt.plus(14, ChronoUnit.DAYS).toString())).statusCode(201)
                .body("status", equalTo("SIGNED"));
        UUID filed = UUID.randomUUID();
        change(polst, "ON_FILE", Map.of("id", filed, "reference", EHR_DOCUMENT)).statusCode(201)
                .body("status", equalTo("ON_FILE"))
                .body("reference", equalTo(EHR_DOCUMENT));
        change(polst, "ON_FILE", Map.of("id", filed, "reference", EHR_DOCUMENT)).statusCode(200)
                .body("history", hasSize(4));

        given().get("/api/patients/{id}/acp", patientId).then().statusCode(200)
                .body("documents.documentType", equalTo(List.of("POLST")))
                .body("documents[0].id", equalTo(polst.toString()))
                .body("documents[0].status", equalTo("ON_FILE"))
                .body("documents[0].reference", equalTo(EHR_DOCUMENT))
                .body("documents[0].history.status", equalTo(List.of("DISCUSSED", "DRAFTED", "SIGNED", "ON_FILE")))
                .body("documents[0].history.previousStatus",
                        equalTo(Arrays.asList(null, "DISCUSSED", "DRAFTED", "SIGNED")))
                .body("documents[0].history[0].changedAt", equalTo(discussedAt.toString()))
                .body("documents[0].history[0].note",
                        equalTo("Wants comfort-focused treatment; will think about intubation"))
                .body("documents[0].history[0].changedBy", equalTo("test-coordinator"))
                .body("superseded", hasSize(0));

        List<AcpDocumentChanged> published = patients.published(AcpDocumentChanged.class, patientId,
                changed -> changed.status() == AcpDocumentStatus.ON_FILE);
        assertThat(published).extracting(AcpDocumentChanged::documentId, AcpDocumentChanged::documentType,
                        AcpDocumentChanged::previousStatus, AcpDocumentChanged::status, AcpDocumentChanged::reference)
                .containsExactly(
                        tuple(polst, AcpDocumentType.POLST, null, AcpDocumentStatus.DISCUSSED, null),
                        tuple(polst, AcpDocumentType.POLST, AcpDocumentStatus.DISCUSSED, AcpDocumentStatus.DRAFTED, null),
                        tuple(polst, AcpDocumentType.POLST, AcpDocumentStatus.DRAFTED, AcpDocumentStatus.SIGNED, null),
                        tuple(polst, AcpDocumentType.POLST, AcpDocumentStatus.SIGNED, AcpDocumentStatus.ON_FILE,
                                EHR_DOCUMENT));
        assertThat(published).allSatisfy(changed -> {
            assertThat(changed.setting()).isEqualTo(CareSetting.OUTPATIENT);
            assertThat(changed.changedBy()).isEqualTo("test-coordinator");
            assertThat(changed.healthcareAgent()).isNull();
            assertThat(changed.codeStatus()).isNull();
        });
        assertThat(published.getFirst().changedAt()).isEqualTo(discussedAt);
    }

    @Test
    void aStepBackIsRefusedAndChangesNothingARevokedPolstRedraftedIsANewDocumentThatBecomesCurrent() {
        UUID signed = UUID.randomUUID();
        record(document(signed, "POLST", "SIGNED", Map.of())).statusCode(201);

        change(signed, "DRAFTED", Map.of()).statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("ACP document status conflict"));
        change(signed, "DISCUSSED", Map.of()).statusCode(409);
        given().get("/api/acp-documents/{id}", signed).then().statusCode(200)
                .body("status", equalTo("SIGNED")).body("history", hasSize(1));

        UUID redrafted = UUID.randomUUID();
        record(document(redrafted, "POLST", "DRAFTED",
                Map.of("note", "Patient revoked the POLST: now wants a trial of intubation"))).statusCode(201);

        given().get("/api/patients/{id}/acp", patientId).then().statusCode(200)
                .body("documents.id", equalTo(List.of(redrafted.toString())))
                .body("documents[0].status", equalTo("DRAFTED"))
                .body("superseded.id", equalTo(List.of(signed.toString())))
                .body("superseded[0].status", equalTo("SIGNED"));
        assertThat(patients.published(AcpDocumentChanged.class, patientId,
                        changed -> changed.documentId().equals(redrafted)))
                .extracting(AcpDocumentChanged::documentId, AcpDocumentChanged::previousStatus, AcpDocumentChanged::status)
                .containsExactly(tuple(signed, null, AcpDocumentStatus.SIGNED),
                        tuple(redrafted, null, AcpDocumentStatus.DRAFTED));
    }

    @Test
    void aHealthCarePowerOfAttorneyNamesItsAgentOnceDraftedAndAnotherAgentAfterSigningIsANewDocument() {
        UUID hcpoa = UUID.randomUUID();
        record(document(hcpoa, "HEALTH_CARE_POWER_OF_ATTORNEY", "DISCUSSED", Map.of())).statusCode(201)
                .body("healthcareAgent", nullValue());
        change(hcpoa, "DRAFTED", Map.of()).statusCode(422).contentType("application/problem+json")
                .body("title", equalTo("Invalid ACP document"))
                .body("detail", equalTo("A HEALTH_CARE_POWER_OF_ATTORNEY DRAFTED names the healthcare agent: healthcareAgent"));
        UUID unnamed = UUID.randomUUID();
        record(document(unnamed, "HEALTH_CARE_POWER_OF_ATTORNEY", "SIGNED", Map.of())).statusCode(422);
        given().get("/api/acp-documents/{id}", unnamed).then().statusCode(404);

        change(hcpoa, "DRAFTED", Map.of("healthcareAgent", Map.of("name", "Tom Lopez", "relationship", "son")))
                .statusCode(201).body("healthcareAgent.name", equalTo("Tom Lopez"));
        change(hcpoa, "DRAFTED", Map.of("healthcareAgent", DAUGHTER, "note", "Patient prefers her daughter"))
                .statusCode(201).body("healthcareAgent.name", equalTo("Maria Lopez"));
        change(hcpoa, "SIGNED", Map.of()).statusCode(201)
                .body("healthcareAgent.name", equalTo("Maria Lopez"))
                .body("healthcareAgent.phone", equalTo("+1 555 0142"));
        change(hcpoa, "SIGNED", Map.of("healthcareAgent", Map.of("name", "Maria Lopez", "relationship", "daughter",
                "phone", "+1 555 0199"))).statusCode(201).body("healthcareAgent.phone", equalTo("+1 555 0199"));
        change(hcpoa, "ON_FILE", Map.of("reference", EHR_DOCUMENT,
                "healthcareAgent", Map.of("name", "Tom Lopez", "relationship", "son")))
                .statusCode(409).body("title", equalTo("Signed ACP document"));

        UUID renamed = UUID.randomUUID();
        record(document(renamed, "HEALTH_CARE_POWER_OF_ATTORNEY", "SIGNED",
                Map.of("healthcareAgent", Map.of("name", "Tom Lopez", "relationship", "son")))).statusCode(201);
        given().get("/api/patients/{id}/acp", patientId).then()
                .body("documents[0].id", equalTo(renamed.toString()))
                .body("documents[0].healthcareAgent.name", equalTo("Tom Lopez"))
                .body("superseded[0].healthcareAgent.phone", equalTo("+1 555 0199"))
                .body("superseded[0].history.collect { it.healthcareAgent?.name }",
                        equalTo(Arrays.asList(null, "Tom Lopez", "Maria Lopez", "Maria Lopez", "Maria Lopez")));

        List<AcpDocumentChanged> published = patients.published(AcpDocumentChanged.class, patientId,
                changed -> changed.documentId().equals(renamed));
        assertThat(published).extracting(AcpDocumentChanged::status, AcpDocumentChanged::healthcareAgent)
                .containsExactly(
                        tuple(AcpDocumentStatus.DISCUSSED, null),
                        tuple(AcpDocumentStatus.DRAFTED, new HealthcareAgent("Tom Lopez", "son", null)),
                        tuple(AcpDocumentStatus.DRAFTED, new HealthcareAgent("Maria Lopez", "daughter", "+1 555 0142")),
                        tuple(AcpDocumentStatus.SIGNED, new HealthcareAgent("Maria Lopez", "daughter", "+1 555 0142")),
                        tuple(AcpDocumentStatus.SIGNED, new HealthcareAgent("Maria Lopez", "daughter", "+1 555 0199")),
                        tuple(AcpDocumentStatus.SIGNED, new HealthcareAgent("Tom Lopez", "son", null)));
    }

    @Test
    void aCodeStatusDocumentRecordsItsCodeStatusWhichIsFixedOnceSigned() {
        UUID code = UUID.randomUUID();
        record(document(code, "CODE_STATUS", "DISCUSSED", Map.of())).statusCode(422)
                .body("detail", equalTo("A CODE_STATUS document records the code status: codeStatus"));
        record(document(code, "CODE_STATUS", "DISCUSSED", Map.of("codeStatus", "DNR"))).statusCode(201)
                .body("codeStatus", equalTo("DNR"));
        change(code, "DRAFTED", Map.of("codeStatus", "DNR_DNI")).statusCode(201).body("codeStatus", equalTo("DNR_DNI"));
        change(code, "SIGNED", Map.of()).statusCode(201).body("codeStatus", equalTo("DNR_DNI"));
        change(code, "ON_FILE", Map.of("reference", EHR_DOCUMENT, "codeStatus", "FULL_CODE")).statusCode(409);

        List<AcpDocumentChanged> published = patients.published(AcpDocumentChanged.class, patientId,
                changed -> changed.status() == AcpDocumentStatus.SIGNED);
        assertThat(published).extracting(AcpDocumentChanged::codeStatus)
                .containsExactly(CodeStatus.DNR, CodeStatus.DNR_DNI, CodeStatus.DNR_DNI);
    }

    @Test
    void anIncompleteOrMisplacedDocumentIsRefusedAndNothingIsKeptOrPublished() {
        UUID livingWill = UUID.randomUUID();
        record(document(livingWill, "LIVING_WILL", "ON_FILE", Map.of())).statusCode(422)
                .body("detail", equalTo("A document ON_FILE names where it is: reference"));
        record(document(livingWill, "LIVING_WILL", "SIGNED", Map.of("codeStatus", "DNR"))).statusCode(422)
                .body("detail", equalTo("Only a CODE_STATUS document records a code status, not a LIVING_WILL"));
        record(document(livingWill, "LIVING_WILL", "SIGNED", Map.of("healthcareAgent", DAUGHTER))).statusCode(422)
                .body("detail", equalTo("Only a HEALTH_CARE_POWER_OF_ATTORNEY names a healthcare agent, not a LIVING_WILL"));
        record(document(livingWill, "LIVING_WILL", "SIGNED", Map.of("changedAt", discussedAt.toString()))).statusCode(201);
        change(livingWill, "ON_FILE", Map.of()).statusCode(422)
                .body("detail", equalTo("A document ON_FILE names where it is: reference"));
        for (String nowhere : List.of("", " ", "DocumentReference/ 12")) {
            change(livingWill, "ON_FILE", Map.of("reference", nowhere)).statusCode(400)
                    .body("violations.pointer", equalTo(List.of("/reference")));
        }
        change(livingWill, "ON_FILE", Map.of("reference", EHR_DOCUMENT,
                "changedAt", discussedAt.minus(1, ChronoUnit.DAYS).toString())).statusCode(422)
                .body("title", equalTo("Change before the latest one"));

        record(document(UUID.randomUUID(), "DNR_ORDER", "SIGNED", Map.of())).statusCode(400)
                .body("violations[0].pointer", equalTo("/documentType"));
        record(document(UUID.randomUUID(), "LIVING_WILL", "REVOKED", Map.of())).statusCode(400)
                .body("violations[0].pointer", equalTo("/status"));
        record(document(UUID.randomUUID(), "LIVING_WILL", "SIGNED",
                Map.of("changedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))).statusCode(400)
                .body("violations.pointer", equalTo(List.of("/changedAt")));
        record(document(UUID.randomUUID(), "HEALTH_CARE_POWER_OF_ATTORNEY", "SIGNED",
                Map.of("healthcareAgent", Map.of("name", " ", "phone", "call her")))).statusCode(400)
                .body("violations.pointer", containsInAnyOrder(
                        "/healthcareAgent/name", "/healthcareAgent/relationship", "/healthcareAgent/phone"));
        change(livingWill, "ON_FILE", Map.of("reference", EHR_DOCUMENT)).statusCode(201);

        given().get("/api/acp-documents/{id}", livingWill).then()
                .body("history.status", equalTo(List.of("SIGNED", "ON_FILE")));
        assertThat(patients.published(AcpDocumentChanged.class, patientId,
                        changed -> changed.status() == AcpDocumentStatus.ON_FILE))
                .extracting(AcpDocumentChanged::documentId, AcpDocumentChanged::status)
                .containsExactly(tuple(livingWill, AcpDocumentStatus.SIGNED), tuple(livingWill, AcpDocumentStatus.ON_FILE));
    }

    @Test
    void aDocumentOrAChangeSentAgainIsAnsweredWithTheDocumentAndPublishedOnce() {
        UUID directive = UUID.randomUUID();
        Map<String, Object> drafted = document(directive, "ADVANCE_DIRECTIVE", "DRAFTED", Map.of());
        record(drafted).statusCode(201);
        UUID signing = UUID.randomUUID();
        change(directive, "SIGNED", Map.of("id", signing)).statusCode(201);
        record(drafted).statusCode(200).body("status", equalTo("SIGNED")).body("history", hasSize(2));
        change(directive, "SIGNED", Map.of("id", signing)).statusCode(200).body("history", hasSize(2));

        UUID otherPatient = patients.accepted();
        Map<String, Object> taken = document(directive, "ADVANCE_DIRECTIVE", "DRAFTED", Map.of());
        taken.put("patientId", otherPatient);
        record(taken).statusCode(409).body("title", equalTo("ACP document id in use"));
        UUID otherDocument = UUID.randomUUID();
        record(document(otherDocument, "LIVING_WILL", "DISCUSSED", Map.of())).statusCode(201);
        change(otherDocument, "DRAFTED", Map.of("id", signing)).statusCode(409)
                .body("title", equalTo("ACP document change id in use"));
        change(UUID.randomUUID(), "SIGNED", Map.of()).statusCode(404).contentType("application/problem+json");

        assertThat(patients.published(AcpDocumentChanged.class, patientId,
                        changed -> changed.documentId().equals(otherDocument)))
                .extracting(AcpDocumentChanged::documentId, AcpDocumentChanged::status)
                .containsExactly(tuple(directive, AcpDocumentStatus.DRAFTED), tuple(directive, AcpDocumentStatus.SIGNED),
                        tuple(otherDocument, AcpDocumentStatus.DISCUSSED));
    }

    @Test
    void sessionsAreKeptOnceAndListedWithTheDocuments() {
        UUID first = UUID.randomUUID();
        Map<String, Object> session = session(first, discussedAt);
        given().contentType(ContentType.JSON).body(session).post("/api/acp-sessions").then().statusCode(201)
                .header("Location", endsWith("/api/acp-sessions/" + first))
                .body("participants", equalTo(session.get("participants")))
                .body("documentedBy", equalTo("test-coordinator"));
        given().contentType(ContentType.JSON).body(session).post("/api/acp-sessions").then().statusCode(200)
                .body("id", equalTo(first.toString()));
        UUID later = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(session(later, discussedAt.plus(7, ChronoUnit.DAYS)))
                .post("/api/acp-sessions").then().statusCode(201);
        record(document(UUID.randomUUID(), "LIVING_WILL", "DISCUSSED", Map.of())).statusCode(201);

        given().get("/api/acp-sessions/{id}", first).then().statusCode(200)
                .body("heldAt", equalTo(discussedAt.toString()))
                .body("notes", equalTo(session.get("notes")));
        given().get("/api/patients/{id}/acp", patientId).then().statusCode(200)
                .body("sessions.id", equalTo(List.of(later.toString(), first.toString())))
                .body("documents.documentType", equalTo(List.of("LIVING_WILL")));

        Map<String, Object> empty = session(UUID.randomUUID(), discussedAt);
        empty.put("participants", List.of());
        empty.put("notes", "");
        given().contentType(ContentType.JSON).body(empty).post("/api/acp-sessions").then().statusCode(400)
                .body("violations.pointer", containsInAnyOrder("/participants", "/notes"));
    }

    @Test
    void onlyAPatientInTheClinicsCareHasNewDocumentsAndSessions() {
        UUID waiting = patients.received().patientId();
        Map<String, Object> polst = document(UUID.randomUUID(), "POLST", "DISCUSSED", Map.of());
        polst.put("patientId", waiting);

        record(polst).statusCode(422).body("title", equalTo("Patient not referred to the clinic"));
        Map<String, Object> session = session(UUID.randomUUID(), discussedAt);
        session.put("patientId", waiting);
        given().contentType(ContentType.JSON).body(session).post("/api/acp-sessions").then().statusCode(422);

        given().get("/api/patients/{id}/acp", waiting).then().statusCode(200)
                .body("documents", hasSize(0)).body("sessions", hasSize(0));
    }

    private Map<String, Object> document(UUID documentId, String type, String status, Map<String, Object> more) {
        Map<String, Object> document = new HashMap<>(Map.of("id", documentId, "patientId", patientId,
                "documentType", type, "status", status));
        document.putAll(more);
        return document;
    }

    private Map<String, Object> session(UUID sessionId, Instant heldAt) {
        return new HashMap<>(Map.of("id", sessionId, "patientId", patientId, "heldAt", heldAt.toString(),
                "participants", List.of("patient", "daughter (healthcare agent)", "nurse practitioner"),
                "notes", "Talked through what matters most: being at home, lucid time with the grandchildren."));
    }

    private static ValidatableResponse record(Map<String, Object> document) {
        return given().contentType(ContentType.JSON).body(document).post("/api/acp-documents").then();
    }

    private static ValidatableResponse change(UUID documentId, String status, Map<String, Object> more) {
        Map<String, Object> change = new HashMap<>(more);
        change.put("status", status);
        return given().contentType(ContentType.JSON).body(change).post("/api/acp-documents/{id}/changes", documentId)
                .then();
    }
}
