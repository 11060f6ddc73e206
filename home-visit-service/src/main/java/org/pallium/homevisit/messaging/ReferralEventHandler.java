package org.pallium.homevisit.messaging;

import jakarta.inject.Singleton;

import org.pallium.events.CareSetting;
import org.pallium.events.CloudEventAttributes;
import org.pallium.events.PalliumEvent;
import org.pallium.events.ReferralSubmitted;
import org.pallium.homevisit.service.AdmissionService;
import org.pallium.homevisit.service.EssentialFacts;
import org.pallium.platform.lifecycle.ReferralLifecycleService;
import org.pallium.platform.lifecycle.SettingReferralHandler;

/**
 * Takes the referrals that the gateway routed to the home programme, their cancellations and the
 * handovers of the patients transitioned home; and, from every setting, what a nurse needs on the
 * doorstep (code status, healthcare agent, advance care planning, goals of care, symptom scores),
 * whether or not the patient is in the programme yet. A handover home does both. Ignores the rest.
 */
@Singleton
public class ReferralEventHandler extends SettingReferralHandler {

    private final AdmissionService admissions;
    private final EssentialFacts essentials;

    ReferralEventHandler(AdmissionService admissions, ReferralLifecycleService lifecycle, EssentialFacts essentials) {
        super(CareSetting.HOME, lifecycle);
        this.admissions = admissions;
        this.essentials = essentials;
    }

    @Override
    protected void receive(ReferralSubmitted referral) {
        admissions.receiveFromReferral(referral);
    }

    @Override
    public boolean actsOn(PalliumEvent event) {
        return super.actsOn(event) || essentials.tells(event);
    }

    @Override
    public void handle(CloudEventAttributes attributes, PalliumEvent event) {
        if (super.actsOn(event)) {
            super.handle(attributes, event);
        }
        if (essentials.tells(event)) {
            essentials.apply(event);
        }
    }
}
