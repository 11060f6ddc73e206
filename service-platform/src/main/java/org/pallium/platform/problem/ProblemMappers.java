package org.pallium.platform.problem;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.pallium.platform.logging.Redacted;

/** Turns every error of every Pallium REST API into problem+json; a 500 never shows its cause. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response refused(ProblemException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(violation -> new Problem.Violation(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(new Problem("about:blank", "Invalid request", 400,
                violations.size() + " field(s) are invalid", violations));
    }

    /** Declared apart from {@link #unreadable} to take precedence over Quarkus' own mapper of this type. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JacksonException e) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String message = switch (e) {
            case UnrecognizedPropertyException unknown -> "is not a known field";
            case InvalidFormatException format -> "cannot be read as " + format.getTargetType().getSimpleName()
                    + (format.getTargetType().isEnum() ? " (one of " + List.of(format.getTargetType().getEnumConstants()) + ")" : "");
            case JsonMappingException mapping -> "has the wrong type or shape";
            default -> "is not valid JSON";
        };
        return respond(new Problem("about:blank", "Unreadable request body", 400,
                "The request body could not be read", List.of(new Problem.Violation(field.isEmpty() ? "$" : field, message))));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage()));
    }

    /** Anything else: a 500 that shows nothing of its cause, unless it was a race on a unique key. */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (isUniqueKeyRace(e)) {
            return respond(Problem.of(409, "Concurrent write",
                    "Another request wrote the same record at the same time; retry to receive it"));
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf("Unexpected error %s: %s", errorId, Redacted.describe(e));
        return respond(new Problem("about:blank", "Internal error", 500,
                "The request failed; quote error " + errorId + " to support", List.of()));
    }

    /**
     * A unique key refused a write, at flush or at commit: two requests raced to create the same
     * record, such as a client retrying while its first attempt still runs. A retry finds it.
     */
    private static boolean isUniqueKeyRace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The JSON path of a constraint on a request body or parameter, without the Java method and argument. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.RETURN_VALUE)
                .toList();
        if (nodes.size() > 1 && nodes.getFirst().getKind() == ElementKind.PARAMETER) {
            nodes = nodes.subList(1, nodes.size());
        }
        return nodes.stream()
                .map(node -> node.getName() + (node.getIndex() != null ? "[" + node.getIndex() + "]" : ""))
                .collect(Collectors.joining("."));
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
