package org.pallium.platform.problem;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.pallium.platform.logging.Redacted;

/** Turns every error of every Pallium REST API into problem+json; a 500 never shows its cause. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response refused(ProblemException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, SimpleResourceInfo resource) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(violation -> violationOf(violation, resource))
                .sorted(Comparator.comparing(Problem.Violation::where))
                .toList();
        return respond(Problem.of(400, "Invalid request", violations.size() + " value(s) are invalid", violations));
    }

    /** Declared apart from {@link #unreadable} to take precedence over Quarkus' own mapper of this type. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JacksonException e) {
        String pointer = e instanceof JsonMappingException mapping ? pointerOf(mapping) : "";
        String message = switch (e.getCause() instanceof StreamReadException syntax ? syntax : e) {
            case StreamReadException syntax -> syntax.getLocation() == null ? "is not valid JSON"
                    : "is not valid JSON (line " + syntax.getLocation().getLineNr() + ", column "
                            + syntax.getLocation().getColumnNr() + ")";
            case UnrecognizedPropertyException unknown -> "is not a known field";
            case InvalidFormatException format -> "cannot be read as " + format.getTargetType().getSimpleName()
                    + (format.getTargetType().isEnum() ? " (one of " + List.of(format.getTargetType().getEnumConstants()) + ")" : "");
            default -> "has the wrong type or shape";
        };
        return respond(Problem.of(400, "Unreadable request body", "The request body could not be read",
                List.of(Problem.Violation.inBody(pointer, message))));
    }

    /** A body the JSON reader could not parse arrives wrapped; it is answered like any unreadable body. */
    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JacksonException unreadableBody) {
            return unreadable(unreadableBody);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage()));
    }

    /** No token: RFC 6750 asks for a bearer challenge. */
    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return challenge("Bearer realm=\"pallium\"", "This endpoint needs a bearer token in the Authorization header");
    }

    /** A token that is expired, wrongly signed, from another issuer or for another audience. */
    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e) {
        return challenge("Bearer realm=\"pallium\", error=\"invalid_token\"",
                "The bearer token was refused: it is expired, not signed by the trusted issuer, or not meant for Pallium");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "Forbidden", "The token's roles do not allow this request"));
    }

    private static Response challenge(String challenge, String detail) {
        return Response.fromResponse(respond(Problem.of(401, "Unauthorized", detail)))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    /** Anything else: a 500 that shows nothing of its cause, unless it was a race on a unique key. */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (UniqueKeyRace.causes(e)) {
            return respond(Problem.of(409, "Concurrent write",
                    "Another request wrote the same record at the same time; retry to receive it"));
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf("Unexpected error %s: %s", errorId, Redacted.describe(e));
        return respond(Problem.of(500, "Internal error", "The request failed; quote error " + errorId + " to support"));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * Where a constraint was broken: a query, header or path parameter by its HTTP name, or a place
     * in the body by its JSON pointer.
     */
    private static Problem.Violation violationOf(ConstraintViolation<?> violation, SimpleResourceInfo resource) {
        List<String> tokens = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> {
                    Optional<String> parameter = httpNameOf(resource, node.as(Path.ParameterNode.class).getParameterIndex());
                    if (parameter.isPresent()) {
                        return Problem.Violation.inParameter(parameter.get(), violation.getMessage());
                    }
                }
                case PROPERTY, BEAN, CONTAINER_ELEMENT -> {
                    if (node.isInIterable()) {
                        tokens.add(String.valueOf(node.getIndex() != null ? node.getIndex() : node.getKey()));
                    }
                    if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                        tokens.add(node.getName());
                    }
                }
                default -> {
                }
            }
        }
        return Problem.Violation.inBody(JsonPointer.of(tokens), violation.getMessage());
    }

    private static Optional<String> httpNameOf(SimpleResourceInfo resource, int index) {
        if (resource == null || resource.getResourceClass() == null) {
            return Optional.empty();
        }
        return Arrays.stream(resource.getResourceClass().getMethods())
                .filter(method -> method.getName().equals(resource.getMethodName())
                        && Arrays.equals(method.getParameterTypes(), resource.parameterTypes()))
                .findFirst()
                .filter(method -> index < method.getParameterCount())
                .flatMap(method -> Arrays.stream(method.getParameterAnnotations()[index])
                        .map(ProblemMappers::httpName).flatMap(Optional::stream).findFirst());
    }

    private static Optional<String> httpName(Annotation annotation) {
        return switch (annotation) {
            case QueryParam query -> Optional.of(query.value());
            case HeaderParam header -> Optional.of(header.value());
            case PathParam path -> Optional.of(path.value());
            default -> Optional.empty();
        };
    }

    private static String pointerOf(JsonMappingException e) {
        return JsonPointer.of(e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : String.valueOf(reference.getIndex()))
                .toList());
    }
}
