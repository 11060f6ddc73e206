package org.pallium.gateway.mapping.fhir;

import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * One thing wrong with a FHIR request, as an {@code OperationOutcome.issue} tells it.
 *
 * @param expression where, as FHIRPath ({@code ServiceRequest.subject.identifier}), or
 *                   {@code http.<name>} for an HTTP header or parameter; null when it is the whole body
 * @param line       the line in the body, when known
 * @param column     the column in the body, when known
 */
public record FhirIssue(IssueSeverity severity, IssueType code, String expression, String diagnostics, Integer line,
        Integer column) {

    static FhirIssue error(IssueType code, String expression, String diagnostics) {
        return new FhirIssue(IssueSeverity.ERROR, code, expression, diagnostics, null, null);
    }

    boolean isError() {
        return severity == IssueSeverity.ERROR || severity == IssueSeverity.FATAL;
    }
}
