package org.pallium.platform.lifecycle;

import java.util.Optional;

import org.pallium.events.CareSetting;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.PalliumEvent;
import org.pallium.events.PatientTransitioned;
import org.pallium.events.ReferralCancelled;
import org.pallium.events.ReferralSubmitted;
import org.pallium.platform.messaging.EventHandler;

/**
 * What a care service consumes: the referrals the gateway routed to its setting, their
 * cancellations, and the handovers of the patients transitioned to its setting from another one
 * (which arrive on their own topic, before or after the referral the transition opened here).
 * Every other event, other settings' referrals above all, costs it nothing.
 */
public abstract class SettingReferralHandler implements EventHandler {

    private final CareSetting setting;
    private final ReferralLifecycleService lifecycle;

    protected SettingReferralHandler(CareSetting setting, ReferralLifecycleService lifecycle) {
        this.setting = setting;
        this.lifecycle = lifecycle;
    }

    /** Takes the referral in as the service's own record, received and waiting for triage. */
    protected abstract void receive(ReferralSubmitted referral);

    @Override
    public boolean actsOn(PalliumEvent event) {
        return switch (event) {
            case ReferralSubmitted referral -> referral.setting() == setting;
            case ReferralCancelled cancellation -> cancellation.setting() == setting;
            case PatientTransitioned transition -> transition.outcome().palliativeSetting().equals(Optional.of(setting));
            default -> false;
        };
    }

    @Override
    public void handle(CloudEventAttributes attributes, PalliumEvent event) {
        switch (event) {
            case ReferralSubmitted referral -> receive(referral);
            case ReferralCancelled cancellation -> lifecycle.cancel(cancellation);
            case PatientTransitioned transition -> lifecycle.keepHandover(transition);
            default -> throw new IllegalArgumentException("not an event this service acts on: " + attributes.type());
        }
    }
}
