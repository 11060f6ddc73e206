package org.pallium.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.pallium.events.CloudEventAttributes;
import org.pallium.events.PalliumEvent;
import org.pallium.events.ReferralEvent;
import org.pallium.gateway.service.QualityProjection;
import org.pallium.gateway.service.ReferralService;
import org.pallium.gateway.service.SummaryProjection;
import org.pallium.gateway.service.TimelineService;
import org.pallium.platform.messaging.EventHandler;

/**
 * Every event of every setting goes on the timeline, and into the patient's summary where it
 * tells something the summary shows; referral events also feed the quality measures and move the
 * referral on.
 */
@ApplicationScoped
public class CareEventHandler implements EventHandler {

    private final TimelineService timeline;
    private final SummaryProjection summary;
    private final QualityProjection quality;
    private final ReferralService referrals;

    CareEventHandler(TimelineService timeline, SummaryProjection summary, QualityProjection quality,
            ReferralService referrals) {
        this.timeline = timeline;
        this.summary = summary;
        this.quality = quality;
        this.referrals = referrals;
    }

    @Override
    public void handle(CloudEventAttributes attributes, PalliumEvent event) {
        timeline.add(attributes, event);
        summary.apply(event);
        if (event instanceof ReferralEvent referral) {
            quality.apply(referral);
            referrals.follow(referral, attributes.source());
        }
    }
}
