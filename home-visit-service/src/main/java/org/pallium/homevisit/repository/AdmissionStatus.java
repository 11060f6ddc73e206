package org.pallium.homevisit.repository;

/** Whether the patient is in the home programme now, or has left it. */
public enum AdmissionStatus {
    ADMITTED,
    DISCHARGED
}
