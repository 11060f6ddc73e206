package org.pallium.gateway.rest.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pallium.gateway.rest.fhir.FhirReferrals.fhir;
import static org.pallium.gateway.rest.fhir.FhirReferrals.json;
import static org.pallium.gateway.rest.fhir.FhirReferrals.parse;

import java.util.Optional;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.gateway.rest.fhir.FhirInvalidServiceRequestTest.Issue;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.TestTokens;

/**
 * Over FHIR an EHR system sees the ServiceRequests it created and their Tasks, and nothing of
 * another EHR's: what it may not see is a 404 OperationOutcome exactly like a missing one's, and
 * found by no search.
 */
@QuarkusTest
class FhirAccessTest {

    @Test
    void anotherEhrsServiceRequestAndTaskAreNotFoundAndCannotBeRevoked() {
        String ehrA = ehrSystem();
        String ehrB = ehrSystem();
        String mrn = "MRN-" + UUID.randomUUID();
        String ours = create(ehrA, FhirReferrals.complete(mrn, UUID.randomUUID().toString())).getIdElement().getIdPart();
        ServiceRequest theirs = create(ehrB, FhirReferrals.complete(mrn, UUID.randomUUID().toString()));
        String theirId = theirs.getIdElement().getIdPart();
        String unknown = UUID.randomUUID().toString();

        fhirAs(ehrA).get("/fhir/r4/ServiceRequest/{id}", ours).then().statusCode(200);
        fhirAs(ehrA).get("/fhir/r4/Task/{id}", ours).then().statusCode(200);
        assertSameAsMissing(fhirAs(ehrA).get("/fhir/r4/ServiceRequest/{id}", theirId),
                fhirAs(ehrA).get("/fhir/r4/ServiceRequest/{id}", unknown));
        assertSameAsMissing(fhirAs(ehrA).get("/fhir/r4/Task/{id}", theirId), fhirAs(ehrA).get("/fhir/r4/Task/{id}", unknown));
        assertThat(tasksBasedOn(ehrA, ours).getTotal()).isEqualTo(1);
        assertThat(tasksBasedOn(ehrA, theirId).getTotal()).isZero();

        ServiceRequest revoked = theirs.copy().setStatus(ServiceRequest.ServiceRequestStatus.REVOKED);
        assertSameAsMissing(fhirAs(ehrA).body(json(revoked)).put("/fhir/r4/ServiceRequest/{id}", theirId),
                fhirAs(ehrA).body(json(revoked.copy().setId(unknown))).put("/fhir/r4/ServiceRequest/{id}", unknown));
        assertThat(parse(ServiceRequest.class, fhir().get("/fhir/r4/ServiceRequest/{id}", theirId).asString()).getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
        fhirAs(ehrB).body(json(revoked)).put("/fhir/r4/ServiceRequest/{id}", theirId).then().statusCode(200);
        fhirAs(TestTokens.as("dr-" + UUID.randomUUID(), Roles.CLINICIAN, Optional.of(CareSetting.HOME)))
                .get("/fhir/r4/ServiceRequest/{id}", ours).then().statusCode(200);
    }

    @Test
    void aPatientNamedByIdentifierAloneMustBeOneTheEhrReferredBefore() {
        String referred = ehrSystem();
        String stranger = ehrSystem();
        String mrn = "MRN-" + UUID.randomUUID();
        create(referred, FhirReferrals.complete(mrn, UUID.randomUUID().toString()));
        ServiceRequest identified = identifiedOnly(mrn);
        ServiceRequest unknownPatient = identifiedOnly("MRN-" + UUID.randomUUID());

        Response refused = fhirAs(stranger).body(json(identified)).post("/fhir/r4/ServiceRequest");
        Response unknown = fhirAs(stranger).body(json(unknownPatient)).post("/fhir/r4/ServiceRequest");

        assertThat(FhirInvalidServiceRequestTest.issuesOf(FhirInvalidServiceRequestTest.refused(refused, 422)))
                .containsExactly(Issue.error("not-found", "ServiceRequest.subject.identifier"));
        assertThat(refused.asString()).isEqualTo(unknown.asString()).doesNotContain("Ada Lovelace");
        fhirAs(referred).body(json(identified)).post("/fhir/r4/ServiceRequest").then().statusCode(201);
    }

    private static ServiceRequest identifiedOnly(String mrn) {
        ServiceRequest request = FhirReferrals.complete(mrn, UUID.randomUUID().toString());
        FhirReferrals.takePatientOut(request,
                new Reference().setIdentifier(new Identifier().setSystem(FhirReferrals.MRN_SYSTEM).setValue(mrn)));
        return request;
    }

    private static void assertSameAsMissing(Response denied, Response missing) {
        FhirInvalidServiceRequestTest.refused(missing, 404);
        FhirInvalidServiceRequestTest.refused(denied, 404);
        assertThat(denied.asString()).isEqualTo(missing.asString());
    }

    private static Bundle tasksBasedOn(String token, String serviceRequestId) {
        return parse(Bundle.class, fhirAs(token).get("/fhir/r4/Task?based-on=ServiceRequest/{id}", serviceRequestId)
                .then().statusCode(200).extract().asString());
    }

    private static ServiceRequest create(String token, ServiceRequest request) {
        Response created = fhirAs(token).body(json(request)).post("/fhir/r4/ServiceRequest");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return parse(ServiceRequest.class, created.asString());
    }

    private static String ehrSystem() {
        return TestTokens.as("test-ehr-" + UUID.randomUUID(), Roles.EHR_SYSTEM, Optional.empty());
    }

    private static RequestSpecification fhirAs(String token) {
        return fhir().header("Authorization", "Bearer " + token);
    }
}
