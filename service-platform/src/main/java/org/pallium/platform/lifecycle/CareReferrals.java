package org.pallium.platform.lifecycle;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a care service keeps its records of referrals: the one bean each care service provides
 * for {@link ReferralLifecycleService}.
 */
public interface CareReferrals {

    /**
     * The service's record of the referral, locked against concurrent changes (a visit, a
     * cancellation) until the transaction ends.
     */
    Optional<? extends CareReferral> lockByReferral(UUID referralId);

    /**
     * Whether the patient is on the team's census: a referral of theirs here has not ended (see
     * {@link CareStatus#isFinal()}).
     */
    boolean onCensus(UUID patientId);
}
