package org.pallium.gateway.mapping.fhir;

import java.util.Locale;

import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.pallium.gateway.repository.ReferralStatus;

/**
 * A referral's status as FHIR shows it: the Task's status in the BSeR referral workflow, and the
 * ServiceRequest's. Pallium's own, finer status is the Task's business status.
 */
record FhirReferralStatus(TaskStatus task, ServiceRequestStatus serviceRequest, String businessStatus) {

    /** Exhaustive on purpose: a new Pallium status does not compile until it is shown in FHIR. */
    static FhirReferralStatus of(ReferralStatus status) {
        return switch (status) {
            case REQUESTED -> new FhirReferralStatus(TaskStatus.REQUESTED, ServiceRequestStatus.ACTIVE, businessStatusOf(status));
            case RECEIVED -> new FhirReferralStatus(TaskStatus.RECEIVED, ServiceRequestStatus.ACTIVE, businessStatusOf(status));
            case ACCEPTED, SCHEDULED -> new FhirReferralStatus(TaskStatus.ACCEPTED, ServiceRequestStatus.ACTIVE, businessStatusOf(status));
            case REJECTED -> new FhirReferralStatus(TaskStatus.REJECTED, ServiceRequestStatus.REVOKED, businessStatusOf(status));
            case FIRST_VISIT_COMPLETED ->
                    new FhirReferralStatus(TaskStatus.INPROGRESS, ServiceRequestStatus.ACTIVE, businessStatusOf(status));
            case COMPLETED, CLOSED, TRANSFERRED ->
                    new FhirReferralStatus(TaskStatus.COMPLETED, ServiceRequestStatus.COMPLETED, businessStatusOf(status));
            case CANCELLED -> new FhirReferralStatus(TaskStatus.CANCELLED, ServiceRequestStatus.REVOKED, businessStatusOf(status));
        };
    }

    /** Whether the Task says why it ended: {@code statusReason} is for a cancelled or rejected Task. */
    boolean hasReason() {
        return task == TaskStatus.CANCELLED || task == TaskStatus.REJECTED;
    }

    private static String businessStatusOf(ReferralStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
