package org.pallium.gateway.rest.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pallium.gateway.rest.fhir.FhirReferrals.fhir;
import static org.pallium.gateway.rest.fhir.FhirReferrals.json;
import static org.pallium.gateway.rest.fhir.FhirReferrals.parse;

import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ValidationResult;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.pallium.gateway.rest.fhir.FhirInvalidServiceRequestTest.Issue;

/** The FHIR endpoint describes itself, in its CapabilityStatement and the OpenAPI document, and errs only in FHIR. */
@QuarkusTest
class FhirEndpointTest {

    @Inject
    FhirValidator validator;

    @Test
    void theCapabilityStatementIsValidAndSaysWhatTheEndpointDoes() {
        String body = fhir().get("/fhir/r4/metadata").then().statusCode(200).contentType("application/fhir+json").extract().asString();
        CapabilityStatement statement = parse(CapabilityStatement.class, body);

        ValidationResult validation = validator.validateWithResult(body);
        assertThat(validation.isSuccessful()).as(validation.getMessages().toString()).isTrue();
        assertThat(statement.getFhirVersion()).isEqualTo(FHIRVersion._4_0_1);
        assertThat(statement.getKind()).isEqualTo(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        assertThat(statement.getSoftware().getName()).contains("Pallium");
        assertThat(statement.getFormat()).extracting(Object::toString).contains("application/fhir+json", "json");
        assertThat(statement.getRestFirstRep().getSecurity().getDescription()).contains("bearer token");
        CapabilityStatementRestResourceComponent serviceRequest = resource(statement, "ServiceRequest");
        assertThat(serviceRequest.getInteraction()).extracting(interaction -> interaction.getCode().toCode())
                .containsExactly("create", "read", "update");
        assertThat(serviceRequest.getInteraction().get(2).getDocumentation()).startsWith("Revocation only");
        CapabilityStatementRestResourceComponent task = resource(statement, "Task");
        assertThat(task.getInteraction()).extracting(interaction -> interaction.getCode().toCode())
                .containsExactly("read", "search-type");
        assertThat(task.getSearchParam()).extracting(CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent::getName)
                .containsExactly("based-on");
    }

    @Test
    void everyErrorUnderTheFhirEndpointIsAnOperationOutcome() {
        assertThat(issues(fhir().get("/fhir/r4/ServiceRequest/{id}", UUID.randomUUID()), 404))
                .containsExactly(Issue.error("not-found", null));
        assertThat(issues(fhir().get("/fhir/r4/ServiceRequest/not-a-referral"), 404))
                .containsExactly(Issue.error("not-found", null));
        assertThat(issues(fhir().get("/fhir/r4/Patient/{id}", UUID.randomUUID()), 404))
                .containsExactly(Issue.error("not-found", null));
        assertThat(issues(fhir().delete("/fhir/r4/ServiceRequest/{id}", UUID.randomUUID()), 405))
                .containsExactly(Issue.error("not-supported", null));
        assertThat(issues(fhir().get("/fhir/r4/Task"), 400))
                .containsExactly(Issue.error("invalid", "http.based-on"));
        assertThat(issues(fhir().header("Idempotency-Key", "k".repeat(201))
                        .body(json(FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString())))
                        .post("/fhir/r4/ServiceRequest"), 400))
                .containsExactly(Issue.error("invalid", "http.Idempotency-Key"));
        ServiceRequest oversized = FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString());
        oversized.getReasonCodeFirstRep().setText("x".repeat(1_100_000));
        assertThat(issues(fhir().body(json(oversized)).post("/fhir/r4/ServiceRequest"), 413))
                .containsExactly(Issue.error("too-long", null));

        given().get("/api/referrals/{id}", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theOpenApiDocumentShowsTheFhirEndpointWithItsMediaTypesAndOperationOutcomes() {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();

        Map<String, Map<String, Object>> fhirPaths = document.getMap("paths");
        assertThat(fhirPaths).containsKeys("/fhir/r4/ServiceRequest", "/fhir/r4/ServiceRequest/{id}", "/fhir/r4/Task",
                "/fhir/r4/Task/{id}", "/fhir/r4/metadata");
        assertThat(document.getMap("paths.'/fhir/r4/ServiceRequest'.post.requestBody.content")).containsKeys(
                "application/fhir+json", "application/json");
        assertThat(document.getString("paths.'/fhir/r4/ServiceRequest'.post.description")).contains("urn:pallium:care-setting");
        assertThat(document.getMap("paths.'/fhir/r4/ServiceRequest'.post.responses")).containsKeys("201", "200", "400", "409", "413",
                "415", "422", "500");
        assertThat(document.getString("paths.'/fhir/r4/ServiceRequest'.post.responses.'422'.content.'application/fhir+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/FhirOperationOutcome");
        assertThat(document.getMap("components.schemas")).containsKeys("FhirServiceRequest", "FhirOperationOutcome", "FhirTask",
                "FhirBundle", "FhirCapabilityStatement");
        for (String operation : new String[] {"'/fhir/r4/ServiceRequest'.post", "'/fhir/r4/ServiceRequest/{id}'.get",
                "'/fhir/r4/ServiceRequest/{id}'.put", "'/fhir/r4/Task'.get", "'/fhir/r4/Task/{id}'.get"}) {
            for (String refused : new String[] {"401", "403"}) {
                assertThat(document.getString("paths." + operation + ".responses.'" + refused
                        + "'.content.'application/fhir+json'.schema.$ref")).as(operation + " " + refused)
                        .isEqualTo("#/components/schemas/FhirOperationOutcome");
            }
        }
        assertThat(document.getMap("paths.'/fhir/r4/metadata'.get.responses")).doesNotContainKeys("401", "403");
        fhirPaths.entrySet().stream().filter(path -> path.getKey().startsWith("/fhir/")).forEach(path ->
                assertThat(path.getValue().toString()).as(path.getKey()).doesNotContain("application/problem+json"));
        assertThat(document.getMap("paths.'/api/referrals'.post.responses.'409'.content")).containsKey("application/problem+json");
        assertThat(document.getMap("paths.'/api/referrals/{referralId}'.get.responses.'401'.content"))
                .containsKey("application/problem+json");
    }

    private static CapabilityStatementRestResourceComponent resource(CapabilityStatement statement, String type) {
        return statement.getRestFirstRep().getResource().stream().filter(resource -> resource.getType().equals(type)).findFirst()
                .orElseThrow();
    }

    private static java.util.Set<Issue> issues(io.restassured.response.Response response, int status) {
        return FhirInvalidServiceRequestTest.issuesOf(FhirInvalidServiceRequestTest.refused(response, status));
    }
}
