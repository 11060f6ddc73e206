package org.pallium.gateway.mapping.fhir;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The issues of one request: the validator's, then Pallium's own, each problem told once.
 */
final class IssueCollector {

    private static final Comparator<FhirIssue> BY_PLACE = Comparator.comparing(FhirIssue::expression,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<FhirIssue> validator;
    private final List<FhirIssue> pallium = new ArrayList<>();

    IssueCollector(List<FhirIssue> validator) {
        this.validator = validator;
    }

    /**
     * Pallium's issue, unless the validator found an error at its place already: its account of
     * the problem there is enough.
     */
    void error(IssueType code, String expression, String diagnostics) {
        if (validator.stream().noneMatch(issue -> issue.isError() && Objects.equals(issue.expression(), expression))) {
            addError(code, expression, diagnostics);
        }
    }

    /** Pallium's issue, whatever else is known at its place: it says something the validator cannot. */
    void addError(IssueType code, String expression, String diagnostics) {
        FhirIssue issue = FhirIssue.error(code, expression, diagnostics);
        if (!pallium.contains(issue)) {
            pallium.add(issue);
        }
    }

    boolean hasErrors() {
        return Stream.concat(validator.stream(), pallium.stream()).anyMatch(FhirIssue::isError);
    }

    /** A 422 with every issue collected: the validator's first, then Pallium's by place. */
    FhirOutcomeException refusal() {
        List<FhirIssue> all = new ArrayList<>(validator);
        pallium.stream().sorted(BY_PLACE).forEach(all::add);
        return new FhirOutcomeException(422, OperationOutcomes.of(all));
    }
}
