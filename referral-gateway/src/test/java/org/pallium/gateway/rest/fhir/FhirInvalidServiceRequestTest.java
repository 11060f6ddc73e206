package org.pallium.gateway.rest.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pallium.gateway.rest.fhir.FhirReferrals.fhir;
import static org.pallium.gateway.rest.fhir.FhirReferrals.json;
import static org.pallium.gateway.rest.fhir.FhirReferrals.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pallium.gateway.repository.Referral;

/**
 * A bad ServiceRequest is refused with an OperationOutcome that says what is wrong and where, as
 * FHIRPath, every issue at once; and nothing of it is written.
 */
@QuarkusTest
class FhirInvalidServiceRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    /** One issue as a client matches it: how bad, what kind, where. */
    record Issue(String severity, String code, String expression) {

        static Issue error(String code, String expression) {
            return new Issue("error", code, expression);
        }
    }

    static Stream<Arguments> invalidServiceRequests() {
        return Stream.of(
                invalid("an element R4 does not have", request -> request.put("urgency", "high"),
                        Issue.error("structure", "ServiceRequest")),
                invalid("a status R4 does not have", request -> request.put("status", "open"),
                        Issue.error("code-invalid", "ServiceRequest.status")),
                invalid("a draft, not an active referral", request -> request.put("status", "draft"),
                        Issue.error("business-rule", "ServiceRequest.status")),
                invalid("no intent", request -> request.remove("intent"),
                        Issue.error("required", "ServiceRequest")),
                invalid("no subject", request -> request.remove("subject"),
                        Issue.error("required", "ServiceRequest")),
                invalid("a date not in FHIR's format", request -> request.put("authoredOn", "21/11/2026"),
                        Issue.error("value", "ServiceRequest.authoredOn")),
                invalid("a priority R4 does not have", request -> request.put("priority", "whenever"),
                        Issue.error("code-invalid", "ServiceRequest.priority")),
                invalid("no priority", request -> request.remove("priority"),
                        Issue.error("required", "ServiceRequest.priority")),
                invalid("an identifier without a value", request -> ((ObjectNode) request.withArray("identifier").get(0)).remove("value"),
                        Issue.error("required", "ServiceRequest.identifier[0].value")),
                invalid("a contained reference that resolves to nothing", request -> request.with("subject").put("reference", "#p2"),
                        Issue.error("not-found", "ServiceRequest.subject"), Issue.error("invariant", "ServiceRequest.subject")),
                invalid("no reason", request -> request.remove("reasonCode"),
                        Issue.error("required", "ServiceRequest.reasonCode")),
                invalid("no requester", request -> {
                            request.remove("requester");
                            removeContained(request, "PractitionerRole");
                        },
                        Issue.error("required", "ServiceRequest.requester")),
                invalid("a referrer without an organisation", request -> contained(request, 2).remove("organization"),
                        Issue.error("required", "ServiceRequest.contained[2].organization")),
                invalid("a patient without an identifier", request -> contained(request, 0).remove("identifier"),
                        Issue.error("required", "ServiceRequest.contained[0].identifier")),
                invalid("a patient without a name", request -> contained(request, 0).remove("name"),
                        Issue.error("required", "ServiceRequest.contained[0].name")),
                invalid("a patient name longer than the JSON API takes", request -> contained(request, 0).withArray("name").set(0,
                                JSON.createObjectNode().put("text", "A".repeat(201))),
                        Issue.error("value", "ServiceRequest.contained[0].name[0]")),
                invalid("a birth date that does not exist", request -> contained(request, 0).put("birthDate", "1950-13-01"),
                        Issue.error("value", "ServiceRequest.contained[0].birthDate")),
                invalid("a birth year without the day", request -> contained(request, 0).put("birthDate", "1950"),
                        Issue.error("value", "ServiceRequest.contained[0].birthDate")),
                invalid("no birth date", request -> contained(request, 0).remove("birthDate"),
                        Issue.error("required", "ServiceRequest.contained[0].birthDate")),
                invalid("a gender R4 does not have", request -> contained(request, 0).put("gender", "woman"),
                        Issue.error("code-invalid", "ServiceRequest.contained[0].gender")),
                invalid("a phone that is no phone number", request -> ((ObjectNode) contained(request, 0).withArray("telecom").get(0))
                                .put("value", "call the ward"),
                        Issue.error("value", "ServiceRequest.contained[0].telecom[0].value")),
                invalid("a child without a parent or guardian", request -> contained(request, 0)
                                .put("birthDate", LocalDate.now().minusYears(9).toString()),
                        Issue.error("required", "ServiceRequest.contained[0].contact")),
                invalid("a referral to the home programme without an address", request -> contained(request, 0).remove("address"),
                        Issue.error("required", "ServiceRequest.contained[0].address")),
                invalid("no diagnosis", request -> {
                            request.remove("reasonReference");
                            removeContained(request, "Condition");
                        },
                        Issue.error("required", "ServiceRequest.reasonReference")),
                invalid("a diagnosis without saying whether it is an advanced cancer", request -> contained(request, 1).remove("stage"),
                        Issue.error("required", "ServiceRequest.contained[1].stage")),
                invalid("a coverage type Pallium does not have", request -> ((ObjectNode) contained(request, 3).with("type")
                                .withArray("coding").get(0)).put("code", "MAGIC"),
                        Issue.error("code-invalid", "ServiceRequest.contained[3].type")),
                invalid("an attachment at a relative URL", request -> ((ObjectNode) contained(request, 4).withArray("content").get(0))
                                .with("attachment").put("url", "DocumentReference/77"),
                        Issue.error("value", "ServiceRequest.contained[4].content[0].attachment.url")),
                invalid("an attachment Pallium would have to fetch", request -> {
                            removeContained(request, "DocumentReference");
                            ((ObjectNode) request.withArray("supportingInfo").get(0)).put("reference", "DocumentReference/77");
                        },
                        Issue.error("not-found", "ServiceRequest.supportingInfo[0]")),
                invalid("a care setting Pallium does not have", request -> request.with("performerType").withArray("coding")
                                .set(0, JSON.createObjectNode().put("system", FhirReferrals.CARE_SETTING).put("code", "MOON")),
                        Issue.error("code-invalid", "ServiceRequest.performerType")),
                invalid("a routing circumstance Pallium does not have", request -> request.withArray("orderDetail").add(
                                JSON.createObjectNode().set("coding", JSON.createArrayNode().add(JSON.createObjectNode()
                                        .put("system", FhirReferrals.ROUTING).put("code", "bedbound")))),
                        Issue.error("code-invalid", "ServiceRequest.orderDetail[2]")),
                invalid("a patient identified without a system", request -> request.set("subject",
                                JSON.createObjectNode().set("identifier", JSON.createObjectNode().put("value", "MRN-1"))),
                        Issue.error("required", "ServiceRequest.subject.identifier")));
    }

    private static Arguments invalid(String kind, Consumer<ObjectNode> spoil, Issue... expected) {
        return Arguments.of(kind, spoil, Set.of(expected));
    }

    /** A contained resource of the complete referral: see {@link FhirReferrals#complete}. */
    private static ObjectNode contained(ObjectNode request, int index) {
        return (ObjectNode) request.withArray("contained").get(index);
    }

    private static void removeContained(ObjectNode request, String resourceType) {
        ArrayNode contained = request.withArray("contained");
        for (int index = 0; index < contained.size(); index++) {
            if (resourceType.equals(contained.get(index).path("resourceType").asText())) {
                contained.remove(index);
                return;
            }
        }
        throw new IllegalArgumentException("no contained " + resourceType);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidServiceRequests")
    void anInvalidServiceRequestIsA422ThatSaysWhereAndWritesNothing(String kind, Consumer<ObjectNode> spoil, Set<Issue> expected)
            throws Exception {
        String mrn = "MRN-" + UUID.randomUUID();
        ObjectNode request = (ObjectNode) JSON.readTree(json(FhirReferrals.complete(mrn, UUID.randomUUID().toString())));
        spoil.accept(request);
        long referralsBefore = referralCount();

        OperationOutcome outcome = refused(fhir().body(request.toString()).post("/fhir/r4/ServiceRequest"), 422);

        assertThat(issuesOf(outcome)).as(kind + ": " + json(outcome)).isEqualTo(expected);
        assertThat(referralCount()).isEqualTo(referralsBefore);
        assertThat(traces(mrn)).isZero();
    }

    @Test
    void everyProblemOfOneServiceRequestIsReportedAtOnce() throws Exception {
        String mrn = "MRN-" + UUID.randomUUID();
        ObjectNode request = (ObjectNode) JSON.readTree(json(FhirReferrals.complete(mrn, UUID.randomUUID().toString())));
        request.put("status", "open");
        request.put("urgency", "high");
        request.remove("requester");
        removeContained(request, "PractitionerRole");
        contained(request, 0).remove("identifier");
        request.with("performerType").withArray("coding").set(0,
                JSON.createObjectNode().put("system", FhirReferrals.CARE_SETTING).put("code", "MOON"));

        OperationOutcome outcome = refused(fhir().body(request.toString()).post("/fhir/r4/ServiceRequest"), 422);

        assertThat(issuesOf(outcome)).containsExactlyInAnyOrder(
                Issue.error("code-invalid", "ServiceRequest.status"),
                Issue.error("structure", "ServiceRequest"),
                Issue.error("required", "ServiceRequest.requester"),
                Issue.error("required", "ServiceRequest.contained[0].identifier"),
                Issue.error("code-invalid", "ServiceRequest.performerType"));
        assertThat(outcome.getIssue()).allSatisfy(issue -> {
            assertThat(issue.getDiagnostics()).isNotBlank();
            assertThat(issue.getLocation()).extracting(Object::toString).isEqualTo(issue.getExpression().stream().map(Object::toString).toList());
        });
        assertThat(traces(mrn)).isZero();
    }

    @Test
    void aWrongResourceTypeIsNamed() {
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(FhirReferrals.MRN_SYSTEM).setValue("MRN-" + UUID.randomUUID());

        OperationOutcome outcome = refused(fhir().body(json(patient)).post("/fhir/r4/ServiceRequest"), 422);

        assertThat(issuesOf(outcome)).containsExactly(Issue.error("not-supported", "Patient"));
    }

    @Test
    void aBundleMustHoldOneServiceRequestOfATransactionOrACollection() {
        Bundle withoutRequest = new Bundle().setType(Bundle.BundleType.COLLECTION);
        withoutRequest.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(new Patient().setActive(true));
        assertThat(issuesOf(refused(fhir().body(json(withoutRequest)).post("/fhir/r4/ServiceRequest"), 422)))
                .containsExactly(Issue.error("required", "Bundle.entry"));

        ServiceRequest request = FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString());
        Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
        batch.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(request)
                .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("ServiceRequest");
        assertThat(issuesOf(refused(fhir().body(json(batch)).post("/fhir/r4/ServiceRequest"), 422)))
                .containsExactly(Issue.error("not-supported", "Bundle.type"));
    }

    @Test
    void malformedJsonIsA400WithItsLineAndColumn() {
        OperationOutcome outcome = refused(fhir().body("{\"resourceType\": \"ServiceRequest\",\n \"status\": \"active\",,}")
                .post("/fhir/r4/ServiceRequest"), 400);

        assertThat(issuesOf(outcome)).containsExactly(new Issue("fatal", "structure", null));
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.getIssueFirstRep();
        assertThat(issue.getDiagnostics()).startsWith("The body is not valid JSON (line 2, column 21)");
        assertThat(((IntegerType) issue.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-line")
                .getValue()).getValue()).isEqualTo(2);
    }

    @Test
    void jsonThatIsNoFhirResourceIsA400() {
        assertThat(issuesOf(refused(fhir().body("{\"resourceType\": \"Referral\"}").post("/fhir/r4/ServiceRequest"), 400)))
                .containsExactly(new Issue("fatal", "structure", null));
        assertThat(issuesOf(refused(fhir().body("[1, 2]").post("/fhir/r4/ServiceRequest"), 400)))
                .containsExactly(new Issue("fatal", "structure", null));
        String nestedTooDeep = "{\"resourceType\": \"ServiceRequest\", \"extension\": "
                + "[{\"url\": \"urn:x\", \"extension\": ".repeat(200) + "[]" + "}]".repeat(200) + "}";
        assertThat(issuesOf(refused(fhir().body(nestedTooDeep).post("/fhir/r4/ServiceRequest"), 400)))
                .containsExactly(new Issue("fatal", "structure", null));
    }

    @Test
    void xmlIsA415() {
        OperationOutcome outcome = refused(fhir().contentType("application/fhir+xml").body("<ServiceRequest xmlns=\"http://hl7.org/fhir\"/>")
                .post("/fhir/r4/ServiceRequest"), 415);

        assertThat(issuesOf(outcome)).containsExactly(Issue.error("not-supported", null));
    }

    static OperationOutcome refused(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/fhir+json");
        return parse(OperationOutcome.class, response.asString());
    }

    /** The errors of an outcome; a warning refuses nothing. */
    static Set<Issue> issuesOf(OperationOutcome outcome) {
        return outcome.getIssue().stream()
                .filter(issue -> issue.getSeverity() == OperationOutcome.IssueSeverity.ERROR
                        || issue.getSeverity() == OperationOutcome.IssueSeverity.FATAL)
                .map(issue -> new Issue(issue.getSeverity().toCode(), issue.getCode().toCode(),
                        issue.getExpression().isEmpty() ? null : issue.getExpression().getFirst().getValue()))
                .collect(Collectors.toSet());
    }

    private static long referralCount() {
        return QuarkusTransaction.requiringNew().call(() -> Referral.count());
    }

    /** What the patient of a refused referral left behind: a patient row, or an event in the outbox. */
    private long traces(String mrn) {
        return QuarkusTransaction.requiringNew().call(() -> Stream.of(
                        "SELECT count(*) FROM patient WHERE identifier_value = ?1",
                        "SELECT count(*) FROM outbox_event WHERE payload::text LIKE '%' || ?1 || '%'")
                .mapToLong(sql -> ((Number) entityManager.createNativeQuery(sql).setParameter(1, mrn).getSingleResult()).longValue())
                .sum());
    }
}
