package org.pallium.outpatient.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.pallium.events.CareSetting;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.PalliumEvent;
import org.pallium.events.ReferralCancelled;
import org.pallium.events.ReferralSubmitted;
import org.pallium.outpatient.service.ClinicReferralService;
import org.pallium.platform.lifecycle.ReferralLifecycleService;
import org.pallium.platform.messaging.EventHandler;

/** Takes the referrals that the gateway routed to the clinic, and their cancellations; ignores the rest. */
@ApplicationScoped
public class ReferralEventHandler implements EventHandler {

    private final ClinicReferralService referrals;
    private final ReferralLifecycleService lifecycle;

    ReferralEventHandler(ClinicReferralService referrals, ReferralLifecycleService lifecycle) {
        this.referrals = referrals;
        this.lifecycle = lifecycle;
    }

    @Override
    public void handle(CloudEventAttributes attributes, PalliumEvent event) {
        if (event instanceof ReferralSubmitted referral && referral.setting() == CareSetting.OUTPATIENT) {
            referrals.receiveFromReferral(referral);
        } else if (event instanceof ReferralCancelled cancellation && cancellation.setting() == CareSetting.OUTPATIENT) {
            lifecycle.cancel(cancellation);
        }
    }
}
