package org.pallium.gateway.mapping.fhir;

import java.util.List;
import java.util.regex.Pattern;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;

import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.pallium.platform.problem.Problem;

/** OperationOutcomes: from the validator's messages, from Pallium's own issues, and from platform problems. */
public final class OperationOutcomes {

    /** The standard extensions that place an issue in the body, as HAPI's own outcomes do. */
    static final String LINE_EXTENSION = "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-line";
    static final String COLUMN_EXTENSION = "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-col";

    /** HAPI names the resource found at a place in a FHIRPath comment; the place alone reads more plainly. */
    private static final Pattern FHIRPATH_COMMENT = Pattern.compile("/\\*.*?\\*/");

    private OperationOutcomes() {
    }

    public static OperationOutcome of(List<FhirIssue> issues) {
        OperationOutcome outcome = new OperationOutcome();
        issues.forEach(issue -> {
            OperationOutcome.OperationOutcomeIssueComponent component = outcome.addIssue()
                    .setSeverity(issue.severity())
                    .setCode(issue.code())
                    .setDiagnostics(issue.diagnostics());
            if (issue.expression() != null) {
                component.addExpression(issue.expression());
                component.addLocation(issue.expression());
            }
            if (issue.line() != null) {
                component.addExtension(LINE_EXTENSION, new IntegerType(issue.line()));
            }
            if (issue.column() != null) {
                component.addExtension(COLUMN_EXTENSION, new IntegerType(issue.column()));
            }
        });
        return outcome;
    }

    /**
     * A platform problem (401, 403, 404, 405, 409, 413, 415, 500, a bad header...) told as FHIR
     * does: one issue per violation, an HTTP parameter at {@code http.<name>}.
     */
    public static OperationOutcome of(Problem problem) {
        IssueType code = issueTypeOf(problem.status());
        IssueSeverity severity = problem.status() >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR;
        if (problem.violations() == null || problem.violations().isEmpty()) {
            String diagnostics = problem.detail() == null ? problem.title() : problem.title() + ": " + problem.detail();
            return of(List.of(new FhirIssue(severity, code, null, diagnostics, null, null)));
        }
        return of(problem.violations().stream()
                .map(violation -> violation.parameter() != null
                        ? new FhirIssue(severity, code, "http." + violation.parameter(), violation.message(), null, null)
                        : new FhirIssue(severity, code, null, violation.pointer() + " " + violation.message(), null, null))
                .toList());
    }

    /** Every message of the validator but its information, each where the validator placed it. */
    static List<FhirIssue> issuesOf(ValidationResult result) {
        return result.getMessages().stream()
                .filter(message -> message.getSeverity() != ResultSeverityEnum.INFORMATION)
                .map(OperationOutcomes::issueOf)
                .toList();
    }

    private static FhirIssue issueOf(SingleValidationMessage message) {
        IssueSeverity severity = switch (message.getSeverity()) {
            case FATAL -> IssueSeverity.FATAL;
            case ERROR -> IssueSeverity.ERROR;
            case WARNING -> IssueSeverity.WARNING;
            case INFORMATION -> IssueSeverity.INFORMATION;
        };
        String expression = message.getLocationString() == null ? null
                : FHIRPATH_COMMENT.matcher(message.getLocationString()).replaceAll("");
        return new FhirIssue(severity, issueTypeOf(message.getMessageId()), expression, message.getMessage(),
                message.getLocationLine(), message.getLocationCol());
    }

    /**
     * The validator tells its messages apart by id only (its outcomes all say "processing"); the
     * id families map onto the issue types a client can act on.
     */
    private static IssueType issueTypeOf(String messageId) {
        if (messageId == null) {
            return IssueType.STRUCTURE;
        }
        if (messageId.startsWith("Terminology_")) {
            return IssueType.CODEINVALID;
        }
        if (messageId.equals("Validation_VAL_Profile_Minimum")) {
            return IssueType.REQUIRED;
        }
        if (messageId.startsWith("Validation_VAL_Profile_")) {
            return IssueType.STRUCTURE;
        }
        if (messageId.startsWith("Type_Specific_Checks_")) {
            return IssueType.VALUE;
        }
        if (messageId.equals("Reference_REF_CantResolve")) {
            return IssueType.NOTFOUND;
        }
        if (messageId.contains("#")) {
            return IssueType.INVARIANT;
        }
        return IssueType.INVALID;
    }

    private static IssueType issueTypeOf(int status) {
        return switch (status) {
            case 400 -> IssueType.INVALID;
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            case 409 -> IssueType.CONFLICT;
            case 413 -> IssueType.TOOLONG;
            case 422 -> IssueType.BUSINESSRULE;
            default -> status >= 500 ? IssueType.EXCEPTION : IssueType.PROCESSING;
        };
    }
}
