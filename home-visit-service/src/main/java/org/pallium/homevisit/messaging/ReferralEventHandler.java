package org.pallium.homevisit.messaging;

import jakarta.inject.Singleton;

import org.pallium.events.CareSetting;
import org.pallium.events.ReferralSubmitted;
import org.pallium.homevisit.service.AdmissionService;
import org.pallium.platform.lifecycle.ReferralLifecycleService;
import org.pallium.platform.lifecycle.SettingReferralHandler;

/** Takes the referrals that the gateway routed to the home programme, and their cancellations; ignores the rest. */
@Singleton
public class ReferralEventHandler extends SettingReferralHandler {

    private final AdmissionService admissions;

    ReferralEventHandler(AdmissionService admissions, ReferralLifecycleService lifecycle) {
        super(CareSetting.HOME, lifecycle);
        this.admissions = admissions;
    }

    @Override
    protected void receive(ReferralSubmitted referral) {
        admissions.receiveFromReferral(referral);
    }
}
