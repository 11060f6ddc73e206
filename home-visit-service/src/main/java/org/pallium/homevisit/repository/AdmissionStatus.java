package org.pallium.homevisit.repository;

/** Whether the patient is in the home programme now, has left it, or the referrer cancelled the referral. */
public enum AdmissionStatus {
    ADMITTED,
    DISCHARGED,
    CANCELLED
}
