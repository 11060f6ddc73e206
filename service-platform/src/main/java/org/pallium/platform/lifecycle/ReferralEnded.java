package org.pallium.platform.lifecycle;

import java.time.Instant;

/**
 * A referral's care in its setting ended (rejected, concluded, transferred, or withdrawn by its
 * referrer), fired to the service's own observers in the transaction that ends it, so that what the
 * service keeps open for the patient (visits ahead, plans) is closed with it.
 *
 * @param by who ended it; {@code referrer} for a referral its referrer withdrew
 */
public record ReferralEnded(CareReferral referral, String by, Instant at) {

    /** Who ends a referral its referrer withdrew. */
    public static final String REFERRER = "referrer";
}
