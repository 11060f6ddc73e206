package org.pallium.gateway.service;

import org.pallium.events.CareSetting;
import org.pallium.events.PatientIdentifier;

/** A referral as an EHR sends it. */
public record ReferralSubmission(
        PatientIdentifier patientIdentifier,
        String patientName,
        CareSetting setting,
        String reason,
        String referringClinician) {
}
