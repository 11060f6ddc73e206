package org.pallium.outpatient.repository;

/**
 * Where a referral to the clinic stands: the clinic accepts every referral the gateway routes to
 * it, until the referrer cancels it.
 */
public enum ClinicReferralStatus {
    ACCEPTED,
    CANCELLED
}
