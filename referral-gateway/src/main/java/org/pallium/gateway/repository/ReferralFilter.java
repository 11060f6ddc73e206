package org.pallium.gateway.repository;

import java.util.Optional;
import java.util.UUID;

import org.pallium.events.CareSetting;

/** Which referrals a list shows; an empty criterion does not filter. */
public record ReferralFilter(Optional<UUID> patientId, Optional<ReferralStatus> status, Optional<CareSetting> setting) {
}
