package org.pallium.outpatient.repository;

/** Where a referral to the clinic stands; the clinic accepts every referral the gateway routes to it. */
public enum ClinicReferralStatus {
    ACCEPTED
}
