package org.pallium.events;

/**
 * How a setting's care under a referral ended (BSeR Task status {@code completed}, or closed
 * without the care being given).
 */
public enum ReferralOutcome {
    /** The team gave the care the referral asked for. */
    COMPLETED,
    /** The referral ended without that care: the patient died, declined it, or no longer needs it. */
    CLOSED
}
