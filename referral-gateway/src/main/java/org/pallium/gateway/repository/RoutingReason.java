package org.pallium.gateway.repository;

/**
 * Why a referral went to its setting: the referrer named it, one of the routing rules chose it, the
 * team of another setting transferred the patient there, or a clinician of the hospital asked the
 * hospital team for a consult directly, through the inpatient service.
 */
public enum RoutingReason {
    REQUESTED_BY_REFERRER,
    PATIENT_ADMITTED,
    HOMEBOUND_OR_HOME_CARE_REQUESTED,
    EVERYONE_ELSE_TO_CLINIC,
    TRANSFERRED_FROM_SETTING,
    REQUESTED_IN_HOSPITAL
}
