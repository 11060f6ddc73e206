package org.pallium.gateway.repository;

import java.util.Optional;

import org.pallium.events.CareSetting;

/**
 * The referrals a caller may see, as a condition of the query itself, so that a page holds only
 * those and keyset paging stays whole: every referral, or those of the patients on a setting's
 * census (a referral of theirs there has not ended), and those an EHR system submitted.
 *
 * @param everything   every referral, whatever follows
 * @param censusOf     the setting whose census's patients are seen, with all their referrals
 * @param submittedBy  the submitter whose own referrals are seen
 */
public record ReferralVisibility(boolean everything, Optional<CareSetting> censusOf, Optional<String> submittedBy) {

    public static final ReferralVisibility EVERYTHING = new ReferralVisibility(true, Optional.empty(), Optional.empty());
}
