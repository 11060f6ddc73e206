package org.pallium.inpatient.repository;

import java.util.Optional;
import java.util.UUID;

import org.pallium.platform.lifecycle.CareStatus;

/**
 * What the team asks of its census. Without a status that has ended, a referral status or a
 * referral, only open consults are listed: the census is the team's current work.
 *
 * @param referralId the consult of one referral, open or ended: how a client finds the consult a
 *                   referral opened
 */
public record CensusFilter(
        Optional<UUID> referralId,
        Optional<ConsultStatus> status,
        Optional<CareStatus> referralStatus,
        Optional<String> unit,
        Optional<Boolean> overdue,
        Optional<String> clinician) {
}
