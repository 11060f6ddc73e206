package org.pallium.gateway.rest.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pallium.gateway.rest.fhir.FhirReferrals.fhir;
import static org.pallium.gateway.rest.fhir.FhirReferrals.json;
import static org.pallium.gateway.rest.fhir.FhirReferrals.parse;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.pallium.gateway.repository.Referral;

/** A FHIR referral is made once, however often the EHR sends it: by its identifier, or its Idempotency-Key. */
@QuarkusTest
class FhirIdempotencyTest {

    @Test
    void aRetryWithTheSameIdentifierReturnsTheOriginal() {
        String body = json(FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString()));

        Response first = fhir().body(body).post("/fhir/r4/ServiceRequest");
        Response retry = fhir().body(body).post("/fhir/r4/ServiceRequest");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(idOf(retry)).isEqualTo(idOf(first));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    }

    @Test
    void withoutAnIdentifierTheIdempotencyKeyMakesTheRetryReturnTheOriginal() {
        ServiceRequest request = FhirReferrals.complete("MRN-" + UUID.randomUUID(), "unused");
        request.getIdentifier().clear();
        String key = UUID.randomUUID().toString();

        Response first = fhir().header("Idempotency-Key", key).body(json(request)).post("/fhir/r4/ServiceRequest");
        Response retry = fhir().header("Idempotency-Key", key).body(json(request)).post("/fhir/r4/ServiceRequest");
        Response unkeyed = fhir().body(json(request)).post("/fhir/r4/ServiceRequest");

        assertThat(List.of(first.statusCode(), retry.statusCode(), unkeyed.statusCode())).containsExactly(201, 200, 201);
        assertThat(idOf(retry)).isEqualTo(idOf(first));
        assertThat(idOf(unkeyed)).isNotEqualTo(idOf(first));
    }

    @Test
    void theSameIdentifierWithOtherContentIsA409OperationOutcomeThatWritesNothing() {
        ServiceRequest request = FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString());
        String original = idOf(fhir().body(json(request)).post("/fhir/r4/ServiceRequest"));
        request.getReasonCodeFirstRep().setText("Breathlessness");
        long referralsBefore = referralCount();

        OperationOutcome conflict = FhirInvalidServiceRequestTest.refused(fhir().body(json(request)).post("/fhir/r4/ServiceRequest"), 409);

        assertThat(FhirInvalidServiceRequestTest.issuesOf(conflict)).containsExactly(FhirInvalidServiceRequestTest.Issue.error("conflict", null));
        assertThat(conflict.getIssueFirstRep().getDiagnostics()).contains(original);
        assertThat(referralCount()).isEqualTo(referralsBefore);
    }

    @Test
    void twentyConcurrentPostsOfOneServiceRequestMakeOneReferral() throws Exception {
        String body = json(FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString()));
        int clients = 20;
        List<Callable<Response>> posts = IntStream.range(0, clients)
                .<Callable<Response>>mapToObj(i -> () -> fhir().body(body).post("/fhir/r4/ServiceRequest")).toList();
        List<Response> responses;
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            responses = pool.invokeAll(posts).stream().map(FhirIdempotencyTest::result).toList();
        }

        assertThat(responses).extracting(Response::statusCode).containsOnly(200, 201)
                .filteredOn(status -> status == 201).hasSize(1);
        assertThat(responses.stream().map(FhirIdempotencyTest::idOf).distinct()).hasSize(1);
    }

    private static String idOf(Response response) {
        return parse(ServiceRequest.class, response.asString()).getIdElement().getIdPart();
    }

    private static long referralCount() {
        return QuarkusTransaction.requiringNew().call(() -> Referral.count());
    }

    private static Response result(Future<Response> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
