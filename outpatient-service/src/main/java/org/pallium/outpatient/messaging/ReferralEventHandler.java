package org.pallium.outpatient.messaging;

import jakarta.inject.Singleton;

import org.pallium.events.CareSetting;
import org.pallium.events.ReferralSubmitted;
import org.pallium.outpatient.service.ClinicReferralService;
import org.pallium.platform.lifecycle.ReferralLifecycleService;
import org.pallium.platform.lifecycle.SettingReferralHandler;

/** Takes the referrals that the gateway routed to the clinic, and their cancellations; ignores the rest. */
@Singleton
public class ReferralEventHandler extends SettingReferralHandler {

    private final ClinicReferralService referrals;

    ReferralEventHandler(ClinicReferralService referrals, ReferralLifecycleService lifecycle) {
        super(CareSetting.OUTPATIENT, lifecycle);
        this.referrals = referrals;
    }

    @Override
    protected void receive(ReferralSubmitted referral) {
        referrals.receiveFromReferral(referral);
    }
}
