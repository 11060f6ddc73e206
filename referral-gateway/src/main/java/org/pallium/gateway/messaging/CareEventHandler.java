package org.pallium.gateway.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.pallium.events.CloudEventAttributes;
import org.pallium.events.PalliumEvent;
import org.pallium.events.ReferralEvent;
import org.pallium.gateway.service.ImmediateWriter;
import org.pallium.gateway.service.ReadModel;
import org.pallium.gateway.service.ReferralService;
import org.pallium.platform.messaging.EventHandler;

/**
 * Every event of every setting goes into the read model (the timeline, the patient's summary where
 * it tells something the summary shows, the quality measures for referral events); referral events
 * also move the referral on.
 */
@ApplicationScoped
public class CareEventHandler implements EventHandler {

    private final ReadModel readModel;
    private final ImmediateWriter writer;
    private final ReferralService referrals;

    CareEventHandler(ReadModel readModel, ImmediateWriter writer, ReferralService referrals) {
        this.readModel = readModel;
        this.writer = writer;
        this.referrals = referrals;
    }

    /** A rebuild of the read model rewrites it whole: the events wait in Kafka until it is done. */
    @Override
    public void beforeApplying() {
        readModel.holdRebuildsBack();
    }

    @Override
    public void handle(CloudEventAttributes attributes, PalliumEvent event) {
        readModel.apply(attributes, event, writer);
        if (event instanceof ReferralEvent referral) {
            referrals.follow(referral, attributes.source());
        }
    }
}
