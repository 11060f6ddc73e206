package org.pallium.gateway.repository;

/**
 * Why a referral went to its setting: the referrer named it, one of the routing rules chose it, or
 * the team of another setting transferred the patient there.
 */
public enum RoutingReason {
    REQUESTED_BY_REFERRER,
    PATIENT_ADMITTED,
    HOMEBOUND_OR_HOME_CARE_REQUESTED,
    EVERYONE_ELSE_TO_CLINIC,
    TRANSFERRED_FROM_SETTING
}
