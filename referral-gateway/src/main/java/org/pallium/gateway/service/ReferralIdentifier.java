package org.pallium.gateway.service;

/** The referring EHR's own identifier of a referral (FHIR ServiceRequest.identifier). */
public record ReferralIdentifier(String system, String value) {
}
