package org.pallium.events;

/** How far an onward referral has come: sent, scheduled by the other service, seen there, closed. */
public enum OnwardReferralStatus {
    SENT,
    SCHEDULED,
    SEEN,
    CLOSED
}
