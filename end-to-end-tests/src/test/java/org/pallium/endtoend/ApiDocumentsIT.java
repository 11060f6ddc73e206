package org.pallium.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pallium.platform.local.LocalSuite;
import org.pallium.platform.local.SuiteService;

/** Each service's OpenAPI document is part of its API: served, complete about errors, browsable. */
@ExtendWith(SuiteExtension.class)
class ApiDocumentsIT {

    /** The FHIR endpoint answers errors as FHIR does, with an OperationOutcome. */
    private static final String FHIR_PATHS = "/fhir/";

    private final LocalSuite suite;

    ApiDocumentsIT(LocalSuite suite) {
        this.suite = suite;
    }

    @ParameterizedTest
    @EnumSource(SuiteService.class)
    void everyOperationDocumentsItsErrorsAsProblemJsonOrOperationOutcome(SuiteService service) {
        JsonPath document = given().get(suite.url(service).resolve("/q/openapi?format=json").toString())
                .then().statusCode(200).extract().jsonPath();

        assertThat(document.getMap("components.schemas.Problem.properties")).containsKeys("title", "status", "detail", "violations");
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        assertThat(paths).isNotEmpty();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertThat(responses).as(method + " " + path).containsKey("500");
            String errorType = path.startsWith(FHIR_PATHS) ? "application/fhir+json" : "application/problem+json";
            responses.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    Map<?, ?> content = (Map<?, ?>) response.get("content");
                    assertThat(content == null ? List.of() : List.copyOf(content.keySet()))
                            .as(errorType + " for " + method + " " + path + " " + code).isEqualTo(List.of(errorType));
                }
            });
        }));
        given().get(suite.url(service).resolve("/q/swagger-ui/").toString()).then().statusCode(200);
    }

    @ParameterizedTest
    @EnumSource(SuiteService.class)
    void theDocumentNamesTheFlowsOperations(SuiteService service) {
        JsonPath document = given().get(suite.url(service).resolve("/q/openapi?format=json").toString())
                .then().extract().jsonPath();
        List<String> lifecycle = List.of("/api/referrals/{referralId}/acceptance", "/api/referrals/{referralId}/rejection",
                "/api/referrals/{referralId}/schedule", "/api/referrals/{referralId}/conclusion",
                "/api/referrals/{referralId}/transfer");
        List<String> expected = switch (service) {
            case REFERRAL_GATEWAY -> List.of("/api/referrals", "/api/referrals/{referralId}", "/api/patients",
                    "/api/patients/{patientId}/timeline", "/api/patients/{patientId}/summary",
                    "/api/quality/time-to-first-visit", "/api/quality/advanced-cancer-worklist", "/fhir/r4/ServiceRequest",
                    "/fhir/r4/ServiceRequest/{id}", "/fhir/r4/Task",
                    "/fhir/r4/metadata", "/fhir/r4/Patient/{patientId}/$everything", "/api/admin/read-model/rebuild");
            case INPATIENT -> List.of("/api/consults", "/api/consults/response-times", "/api/consults/{consultId}",
                    "/api/consults/{consultId}/location", "/api/consults/{consultId}/team", "/api/consults/{consultId}/sign-off", "/api/consults/{consultId}/transition",
                    "/api/consults/{consultId}/encounters", "/api/encounters/{encounterId}", "/api/consults/{consultId}/assessments",
                    "/api/patients/{patientId}/assessments", "/api/consults/{consultId}/goals-of-care",
                    "/api/consults/{consultId}/code-status", "/api/consults/{consultId}/advance-directive",
                    "/api/patients/{patientId}/goals-of-care", "/api/goals-of-care/{conversationId}",
                    "/api/code-statuses/{codeStatusId}", "/api/transitions/{transitionId}");
            case OUTPATIENT -> List.of("/api/referrals", "/api/referrals/{referralId}", "/api/visits", "/api/visits/{visitId}",
                    "/api/appointments", "/api/slots", "/api/patients/{patientId}/slot-suggestions",
                    "/api/patients/{patientId}/campus-appointments", "/api/acp-documents", "/api/patients/{patientId}/acp",
                    "/api/onward-referrals");
            case HOME_VISIT -> List.of("/api/admissions", "/api/visits", "/api/visits/{visitId}",
                    "/api/patients/{patientId}/essentials", "/api/evv/export", "/api/visits/{visitId}/check-in",
                    "/api/visits/{visitId}/check-out", "/api/visits/{visitId}/missed", "/api/visits/{visitId}/cancellation",
                    "/api/visits/{visitId}/video-link",
                    "/api/calls", "/api/calls/{callId}", "/api/on-call/shifts", "/api/on-call/now",
                    "/api/patients/{patientId}/home", "/api/patients/{patientId}/family-contacts",
                    "/api/patients/{patientId}/family-contacts/{contactId}", "/api/patients/{patientId}/family-support",
                    "/api/patients/{patientId}/concerns", "/api/patients/{patientId}/concerns/{concernId}",
                    "/api/patients/{patientId}/notes", "/api/patients/{patientId}/notes/{noteId}",
                    "/api/patients/{patientId}/home-assessments", "/api/patients/{patientId}/home-assessments/{assessmentId}",
                    "/api/patients/{patientId}/visit-plans", "/api/visit-plans/{planId}/end", "/api/scheduled-visits",
                    "/api/me/visits", "/api/visit-reassignments", "/api/sync");
        };
        assertThat(document.getMap("paths").keySet()).containsAll(expected);
        if (service == SuiteService.REFERRAL_GATEWAY) {
            assertThat(document.getMap("paths").keySet()).doesNotContainAnyElementsOf(lifecycle);
        } else {
            assertThat(document.getMap("paths").keySet()).containsAll(lifecycle);
            assertThat(document.getMap("paths.'/api/referrals/{referralId}/transfer'.post.responses").keySet())
                    .contains("200", "400", "404", "409", "422", "500");
        }
    }
}
