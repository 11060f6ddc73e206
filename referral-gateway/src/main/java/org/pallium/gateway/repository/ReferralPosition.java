package org.pallium.gateway.repository;

import java.time.Instant;
import java.util.UUID;

/** A place in a list of referrals: the sort key of one referral. */
public record ReferralPosition(Instant submittedAt, UUID referralId) {
}
