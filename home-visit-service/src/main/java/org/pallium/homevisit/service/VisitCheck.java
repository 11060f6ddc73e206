package org.pallium.homevisit.service;

import java.time.Instant;

import org.pallium.homevisit.repository.EvvPosition;

/**
 * A check-in or check-out as the clinician's phone took it: when (the clinical time, however late
 * the app uploads it) and where. The position is null for a video visit, where none is asked for.
 */
public record VisitCheck(Instant at, Double latitude, Double longitude, Integer accuracyMeters) {

    public boolean located() {
        return latitude != null && longitude != null;
    }

    /** Whether {@code recorded} is this check, given again: a retried upload. */
    public boolean repeats(EvvPosition recorded) {
        return recorded != null && recorded.sameAs(at, latitude, longitude, accuracyMeters);
    }

    /** The check as the visit keeps it, {@code distanceMeters} from the patient's address (null: not measured). */
    public EvvPosition position(Integer distanceMeters) {
        return new EvvPosition(at, latitude, longitude, accuracyMeters, distanceMeters);
    }
}
