package org.pallium.inpatient.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.pallium.events.CareSetting;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.PalliumEvent;
import org.pallium.events.ReferralCancelled;
import org.pallium.events.ReferralSubmitted;
import org.pallium.inpatient.service.ConsultService;
import org.pallium.platform.lifecycle.ReferralLifecycleService;
import org.pallium.platform.messaging.EventHandler;

/** Takes the referrals that the gateway routed to the hospital team, and their cancellations; ignores the rest. */
@ApplicationScoped
public class ReferralEventHandler implements EventHandler {

    private final ConsultService consults;
    private final ReferralLifecycleService lifecycle;

    ReferralEventHandler(ConsultService consults, ReferralLifecycleService lifecycle) {
        this.consults = consults;
        this.lifecycle = lifecycle;
    }

    @Override
    public void handle(CloudEventAttributes attributes, PalliumEvent event) {
        if (event instanceof ReferralSubmitted referral && referral.setting() == CareSetting.INPATIENT) {
            consults.openFromReferral(referral);
        } else if (event instanceof ReferralCancelled cancellation && cancellation.setting() == CareSetting.INPATIENT) {
            lifecycle.cancel(cancellation);
        }
    }
}
