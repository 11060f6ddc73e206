package org.pallium.gateway.repository;

/** Why a referral went to its setting: the referrer named it, or one of the routing rules chose it. */
public enum RoutingReason {
    REQUESTED_BY_REFERRER,
    PATIENT_ADMITTED,
    HOMEBOUND_OR_HOME_CARE_REQUESTED,
    EVERYONE_ELSE_TO_CLINIC
}
