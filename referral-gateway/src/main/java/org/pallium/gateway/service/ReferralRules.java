package org.pallium.gateway.service;

import java.time.LocalDate;

import org.pallium.events.CareSetting;

/** What a referral must hold beyond each field's own format, whichever API it came through. */
public final class ReferralRules {

    public static final int AGE_OF_MAJORITY = 18;

    private ReferralRules() {
    }

    /**
     * A child's parent or guardian decides with the team, so the team must know who that is. A
     * birth date in the future is wrong in itself and is refused as such, not as a child's.
     */
    public static boolean needsGuardian(LocalDate birthDate, LocalDate today) {
        return !birthDate.isAfter(today) && birthDate.plusYears(AGE_OF_MAJORITY).isAfter(today);
    }

    /** The home programme's nurses drive to the patient. */
    public static boolean needsAddress(CareSetting setting) {
        return setting == CareSetting.HOME;
    }
}
