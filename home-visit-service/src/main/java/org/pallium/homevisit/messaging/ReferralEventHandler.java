package org.pallium.homevisit.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.pallium.events.CareSetting;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.PalliumEvent;
import org.pallium.events.ReferralCancelled;
import org.pallium.events.ReferralSubmitted;
import org.pallium.homevisit.service.AdmissionService;
import org.pallium.platform.lifecycle.ReferralLifecycleService;
import org.pallium.platform.messaging.EventHandler;

/** Takes the referrals that the gateway routed to the home programme, and their cancellations; ignores the rest. */
@ApplicationScoped
public class ReferralEventHandler implements EventHandler {

    private final AdmissionService admissions;
    private final ReferralLifecycleService lifecycle;

    ReferralEventHandler(AdmissionService admissions, ReferralLifecycleService lifecycle) {
        this.admissions = admissions;
        this.lifecycle = lifecycle;
    }

    @Override
    public void handle(CloudEventAttributes attributes, PalliumEvent event) {
        if (event instanceof ReferralSubmitted referral && referral.setting() == CareSetting.HOME) {
            admissions.receiveFromReferral(referral);
        } else if (event instanceof ReferralCancelled cancellation && cancellation.setting() == CareSetting.HOME) {
            lifecycle.cancel(cancellation);
        }
    }
}
