package org.pallium.homevisit.repository;

/**
 * What is known of the patient's allergies. A nurse must tell "no known allergies", which someone
 * asked about, apart from an empty list that nobody filled in.
 */
public enum AllergiesStatus {
    UNKNOWN,
    NO_KNOWN_ALLERGIES,
    RECORDED
}
