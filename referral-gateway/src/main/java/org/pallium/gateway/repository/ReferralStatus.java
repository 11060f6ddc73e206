package org.pallium.gateway.repository;

/** A referral's progress, as the BSeR Task statuses name it. */
public enum ReferralStatus {
    REQUESTED,
    RECEIVED,
    ACCEPTED;

    /** Statuses only move forward: a late "received" never undoes "accepted". */
    public ReferralStatus advancedTo(ReferralStatus reported) {
        return reported.compareTo(this) > 0 ? reported : this;
    }
}
