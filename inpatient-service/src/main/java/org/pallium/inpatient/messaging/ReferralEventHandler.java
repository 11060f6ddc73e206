package org.pallium.inpatient.messaging;

import jakarta.inject.Singleton;

import org.pallium.events.CareSetting;
import org.pallium.events.ReferralSubmitted;
import org.pallium.inpatient.service.ConsultService;
import org.pallium.platform.lifecycle.ReferralLifecycleService;
import org.pallium.platform.lifecycle.SettingReferralHandler;

/** Takes the referrals that the gateway routed to the hospital team, and their cancellations; ignores the rest. */
@Singleton
public class ReferralEventHandler extends SettingReferralHandler {

    private final ConsultService consults;

    ReferralEventHandler(ConsultService consults, ReferralLifecycleService lifecycle) {
        super(CareSetting.INPATIENT, lifecycle);
        this.consults = consults;
    }

    @Override
    protected void receive(ReferralSubmitted referral) {
        consults.openFromReferral(referral);
    }
}
