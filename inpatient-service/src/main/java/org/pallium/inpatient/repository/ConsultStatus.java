package org.pallium.inpatient.repository;

/**
 * Where a consult stands in the team's daily work: requested, seen (the initial consult), followed
 * daily, and signed off. It follows from the consult's referral lifecycle and its encounters, so
 * that a step taken through the referral API and one taken through the consult API agree.
 */
public enum ConsultStatus {
    /** Asked for, not seen yet. */
    REQUESTED,
    /** The initial consult took place. */
    SEEN,
    /** The team follows the patient day by day. */
    FOLLOWING,
    /** The team's part ended after it saw the patient: signed off, or the patient transitioned. */
    SIGNED_OFF,
    /** It ended before the team saw the patient: declined, cancelled by the referrer, or closed. */
    ENDED_UNSEEN
}
