package org.pallium.gateway.repository;

/** A referral's progress, as the BSeR Task statuses name it; CANCELLED is final. */
public enum ReferralStatus {
    REQUESTED,
    RECEIVED,
    ACCEPTED,
    CANCELLED;

    /** Statuses only move forward: a late "received" never undoes "accepted", nothing undoes "cancelled". */
    public ReferralStatus advancedTo(ReferralStatus reported) {
        return reported.compareTo(this) > 0 ? reported : this;
    }
}
