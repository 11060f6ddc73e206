package org.pallium.gateway.rest.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pallium.gateway.rest.fhir.FhirReferrals.fhir;
import static org.pallium.gateway.rest.fhir.FhirReferrals.json;
import static org.pallium.gateway.rest.fhir.FhirReferrals.parse;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.pallium.events.ReferralCancelled;
import org.pallium.events.Topic;
import org.pallium.gateway.rest.fhir.FhirInvalidServiceRequestTest.Issue;
import org.pallium.platform.testing.KafkaEvents;

/** Over FHIR the EHR cancels a referral by revoking its ServiceRequest, and can change nothing else. */
@QuarkusTest
class FhirRevocationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    EntityManager entityManager;

    @Test
    void revokingTheServiceRequestCancelsTheReferralOnce() {
        ServiceRequest held = FhirServiceRequestTest.create(FhirReferrals.complete("MRN-" + UUID.randomUUID(),
                UUID.randomUUID().toString()));
        String id = held.getIdElement().getIdPart();
        held.setStatus(ServiceRequest.ServiceRequestStatus.REVOKED);
        held.addNote(new Annotation().setText("Patient moved to another region"));

        Response revoked = fhir().body(json(held)).put("/fhir/r4/ServiceRequest/{id}", id);
        Response again = fhir().body(json(held)).put("/fhir/r4/ServiceRequest/{id}", id);

        assertThat(revoked.statusCode()).as(revoked.asString()).isEqualTo(200);
        assertThat(parse(ServiceRequest.class, revoked.asString()).getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
        assertThat(again.statusCode()).as(again.asString()).isEqualTo(200);
        Task task = parse(Task.class, fhir().get("/fhir/r4/Task/{id}", id).then().statusCode(200).extract().asString());
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.CANCELLED);
        assertThat(task.getBusinessStatus().getText()).isEqualTo("cancelled");
        assertThat(task.getStatusReason().getText()).isEqualTo("Patient moved to another region");
        JsonPath referral = given().get("/api/referrals/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(referral.getString("status")).isEqualTo("CANCELLED");
        assertThat(referral.getList("history.status", String.class)).containsExactly("REQUESTED", "CANCELLED");
        assertThat(referral.getString("history[1].reason")).isEqualTo("Patient moved to another region");
        List<KafkaEvents.Received> cancellations = new KafkaEvents(bootstrapServers).read(Topic.REFERRAL_EVENTS,
                received -> received.event() instanceof ReferralCancelled cancelled && cancelled.referralId().toString().equals(id),
                found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertThat(cancellations).hasSize(1);
        assertThat(cancellationsInOutbox(id)).isEqualTo(1);
    }

    @Test
    void withoutANoteTheReasonSaysTheReferringSystemRevokedIt() {
        ServiceRequest held = FhirServiceRequestTest.create(FhirReferrals.complete("MRN-" + UUID.randomUUID(),
                UUID.randomUUID().toString()));
        held.setStatus(ServiceRequest.ServiceRequestStatus.REVOKED);

        fhir().body(json(held)).put("/fhir/r4/ServiceRequest/{id}", held.getIdElement().getIdPart()).then().statusCode(200);

        assertThat(parse(Task.class, fhir().get("/fhir/r4/Task/{id}", held.getIdElement().getIdPart()).asString())
                .getStatusReason().getText()).isEqualTo("Revoked by the referring system");
    }

    @Test
    void anyOtherChangeIsA422NamingWhatDiffersAndChangesNothing() {
        ServiceRequest held = FhirServiceRequestTest.create(FhirReferrals.complete("MRN-" + UUID.randomUUID(),
                UUID.randomUUID().toString()));
        String id = held.getIdElement().getIdPart();

        ServiceRequest otherReason = held.copy();
        otherReason.setStatus(ServiceRequest.ServiceRequestStatus.REVOKED);
        otherReason.getReasonCodeFirstRep().setText("Breathlessness");
        otherReason.getRequester().setDisplay("Dr. Someone Else");
        assertThat(FhirInvalidServiceRequestTest.issuesOf(FhirInvalidServiceRequestTest.refused(
                fhir().body(json(otherReason)).put("/fhir/r4/ServiceRequest/{id}", id), 422))).containsExactlyInAnyOrder(
                Issue.error("not-supported", "ServiceRequest.reasonCode"), Issue.error("not-supported", "ServiceRequest.requester"));

        ServiceRequest completed = held.copy().setStatus(ServiceRequest.ServiceRequestStatus.COMPLETED);
        assertThat(FhirInvalidServiceRequestTest.issuesOf(FhirInvalidServiceRequestTest.refused(
                fhir().body(json(completed)).put("/fhir/r4/ServiceRequest/{id}", id), 422)))
                .containsExactly(Issue.error("not-supported", "ServiceRequest.status"));

        ServiceRequest otherId = held.copy().setStatus(ServiceRequest.ServiceRequestStatus.REVOKED);
        otherId.setId(UUID.randomUUID().toString());
        assertThat(FhirInvalidServiceRequestTest.issuesOf(FhirInvalidServiceRequestTest.refused(
                fhir().body(json(otherId)).put("/fhir/r4/ServiceRequest/{id}", id), 400)))
                .containsExactly(Issue.error("invalid", "ServiceRequest.id"));

        assertThat(given().get("/api/referrals/{id}", id).then().extract().jsonPath().getString("status")).isEqualTo("REQUESTED");
        assertThat(cancellationsInOutbox(id)).isZero();
    }

    @Test
    void aPutDoesNotCreateAReferral() {
        ServiceRequest request = FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString());
        String id = UUID.randomUUID().toString();
        request.setId(id);

        OperationOutcome outcome = FhirInvalidServiceRequestTest.refused(fhir().body(json(request)).put("/fhir/r4/ServiceRequest/{id}", id), 404);

        assertThat(FhirInvalidServiceRequestTest.issuesOf(outcome)).containsExactly(Issue.error("not-found", null));
    }

    private long cancellationsInOutbox(String referralId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE event_type = 'org.pallium.referral.cancelled.v1'"
                                + " AND payload ->> 'referralId' = ?1")
                .setParameter(1, referralId).getSingleResult()).longValue());
    }
}
