package org.pallium.events;

import java.util.UUID;

/** Events of a referral's life, published on {@link Topic#REFERRAL_EVENTS}. */
public sealed interface ReferralEvent extends PalliumEvent
        permits ReferralSubmitted, ReferralReceived, ReferralAccepted, ReferralCancelled, ReferralRejected,
        ReferralScheduled, ReferralFirstVisitCompleted, ReferralConcluded, ReferralTransferred, ConsultRequested {

    UUID referralId();

    CareSetting setting();
}
