package org.pallium.gateway.service;

import java.util.Optional;

import org.pallium.events.CareSetting;
import org.pallium.events.PatientIdentifier;

/**
 * A referral as an EHR sends it.
 *
 * @param referralIdentifier the EHR's own identifier of the referral, if it sends one
 * @param requestedSetting   the setting the referrer chose; empty leaves it to {@link ReferralRouting}
 */
public record ReferralSubmission(
        ReferralIdentifier referralIdentifier,
        PatientIdentifier patientIdentifier,
        String patientName,
        Optional<CareSetting> requestedSetting,
        ReferralRouting.Circumstances circumstances,
        String reason,
        String referringClinician) {
}
