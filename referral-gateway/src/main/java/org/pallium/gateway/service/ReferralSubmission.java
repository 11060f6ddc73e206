package org.pallium.gateway.service;

import org.pallium.events.CareSetting;
import org.pallium.events.PatientIdentifier;

/**
 * A referral as an EHR sends it.
 *
 * @param referralIdentifier the EHR's own identifier of the referral, if it sends one
 */
public record ReferralSubmission(
        ReferralIdentifier referralIdentifier,
        PatientIdentifier patientIdentifier,
        String patientName,
        CareSetting setting,
        String reason,
        String referringClinician) {
}
