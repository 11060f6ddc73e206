package org.pallium.gateway.mapping.fhir;

import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * A FHIR request the gateway refuses, answered with this status and OperationOutcome. Its message
 * says only how many issues there were: the issues may quote the request, which is patient data.
 */
public class FhirOutcomeException extends RuntimeException {

    private final int status;
    private final transient OperationOutcome outcome;

    FhirOutcomeException(int status, OperationOutcome outcome) {
        super("FHIR request refused with " + outcome.getIssue().size() + " issue(s)", null, false, false);
        this.status = status;
        this.outcome = outcome;
    }

    public int status() {
        return status;
    }

    public OperationOutcome outcome() {
        return outcome;
    }
}
