package org.pallium.homevisit.repository;

import org.pallium.events.EvvExceptionKind;
import org.pallium.events.EvvStage;

/**
 * Why a visit's EVV record needs a coordinator's review: the visit stands, flagged.
 *
 * @param distanceMeters  null when no distance could be measured
 * @param thresholdMeters the distance flagged beyond, at the time; null with no distance
 */
public record EvvFlag(EvvExceptionKind kind, EvvStage stage, Integer distanceMeters, Integer thresholdMeters) {
}
