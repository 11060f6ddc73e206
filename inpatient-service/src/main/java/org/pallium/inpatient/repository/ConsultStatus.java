package org.pallium.inpatient.repository;

/** Where a consult stands: requested, seen once, followed daily, signed off; or cancelled by the referrer. */
public enum ConsultStatus {
    REQUESTED,
    SEEN,
    FOLLOWING,
    SIGNED_OFF,
    CANCELLED
}
