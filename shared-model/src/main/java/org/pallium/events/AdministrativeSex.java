package org.pallium.events;

/** The patient's administrative sex, as FHIR {@code Patient.gender} (administrative-gender) codes it. */
public enum AdministrativeSex {
    MALE,
    FEMALE,
    OTHER,
    UNKNOWN
}
