package org.pallium.platform.problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the errors of every operation as {@code application/problem+json}: 400 where the
 * operation takes input, 404 where it names a record in its path, 500 everywhere; and gives the
 * problem body to any other error response a resource declares (409, 422), or Quarkus adds (401,
 * 403), with only a description.
 *
 * <p>Operations under the path prefix {@value #OWN_FORMAT_PATHS} answer errors in a format of their
 * own (FHIR's OperationOutcome, say): {@value #OWN_FORMAT_MEDIA_TYPE} with the schema
 * {@value #OWN_FORMAT_SCHEMA}. They declare which errors they answer; this gives each of them,
 * and a 500, that body.
 */
public class ProblemResponsesFilter implements OASFilter {

    public static final String OWN_FORMAT_PATHS = "pallium.problem.openapi-own-format.paths";
    public static final String OWN_FORMAT_MEDIA_TYPE = "pallium.problem.openapi-own-format.media-type";
    public static final String OWN_FORMAT_SCHEMA = "pallium.problem.openapi-own-format.schema";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        Optional<String> ownFormatPaths = config.getOptionalValue(OWN_FORMAT_PATHS, String.class);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (ownFormatPaths.isPresent() && path.startsWith(ownFormatPaths.get())) {
                Content ownFormat = content(config.getValue(OWN_FORMAT_MEDIA_TYPE, String.class),
                        config.getValue(OWN_FORMAT_SCHEMA, String.class));
                item.getOperations().values().forEach(operation -> documentInOwnFormat(operation, ownFormat));
            } else {
                item.getOperations().forEach((method, operation) -> document(method, operation, path.contains("{")));
            }
        });
    }

    private static void documentInOwnFormat(Operation operation, Content ownFormat) {
        APIResponses responses = responsesOf(operation);
        addUnlessDeclared(responses, "500", "An unexpected error; it carries an error id to quote");
        giveErrorsTheBody(responses, ownFormat);
    }

    private static void document(PathItem.HttpMethod method, Operation operation, boolean namesARecord) {
        APIResponses responses = responsesOf(operation);
        boolean takesInput = operation.getRequestBody() != null || (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> parameter.getIn() != Parameter.In.PATH));
        if (takesInput || namesARecord) {
            addUnlessDeclared(responses, "400", "The request is invalid: every problem is listed in `violations`");
        }
        if (namesARecord && method == PathItem.HttpMethod.GET) {
            addUnlessDeclared(responses, "404", "Not found");
        }
        addUnlessDeclared(responses, "500", "An unexpected error; the body carries an error id to quote");
        giveErrorsTheBody(responses, content(Problem.MEDIA_TYPE, PROBLEM_SCHEMA));
    }

    private static APIResponses responsesOf(Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        return responses;
    }

    private static void giveErrorsTheBody(APIResponses responses, Content body) {
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(body);
            }
        });
    }

    private static void addUnlessDeclared(APIResponses responses, String code, String description) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content content(String mediaType, String schema) {
        return OASFactory.createContent().addMediaType(mediaType,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema)));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(Map.of(
                        "pointer", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                .description("Where in the request body, as an RFC 6901 JSON pointer"),
                        "parameter", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                .description("Or which query, header or path parameter"),
                        "message", text));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail")
                .properties(Map.of(
                        "type", text,
                        "title", text,
                        "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER),
                        "code", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                .description("What went wrong, for a program to branch on: stable across releases, "
                                        + "such as unknown-patient, edit-conflict or invalid-request"),
                        "detail", text,
                        "violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation)));
    }
}
