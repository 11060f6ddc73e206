package org.pallium.gateway.service;

import java.util.Optional;

import org.pallium.events.CareSetting;
import org.pallium.gateway.repository.ReferralDetails;

/**
 * A referral as an EHR sends it, through either API.
 *
 * @param referralIdentifier the EHR's own identifier of the referral, if it sends one
 * @param requestedSetting   the setting the referrer chose; empty leaves it to {@link ReferralRouting}
 */
public record ReferralSubmission(
        ReferralIdentifier referralIdentifier,
        ReferralDetails details,
        String reason,
        Optional<CareSetting> requestedSetting,
        ReferralRouting.Circumstances circumstances) {
}
