package org.pallium.homevisit.repository;

/** How bad the reaction is (FHIR AllergyIntolerance.reaction.severity), UNKNOWN when nobody knows. */
public enum AllergySeverity {
    MILD,
    MODERATE,
    SEVERE,
    UNKNOWN
}
