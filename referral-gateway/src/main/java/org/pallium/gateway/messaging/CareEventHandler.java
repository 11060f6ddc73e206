package org.pallium.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.pallium.events.CloudEventAttributes;
import org.pallium.events.PalliumEvent;
import org.pallium.events.ReferralEvent;
import org.pallium.gateway.service.ReferralService;
import org.pallium.gateway.service.TimelineService;
import org.pallium.platform.messaging.EventHandler;

/** Every event of every setting goes on the timeline; referral events also move the referral on. */
@ApplicationScoped
public class CareEventHandler implements EventHandler {

    private final TimelineService timeline;
    private final ReferralService referrals;

    CareEventHandler(TimelineService timeline, ReferralService referrals) {
        this.timeline = timeline;
        this.referrals = referrals;
    }

    @Override
    public void handle(CloudEventAttributes attributes, PalliumEvent event) {
        timeline.add(attributes, event);
        if (event instanceof ReferralEvent referral) {
            referrals.follow(referral, attributes.source());
        }
    }
}
