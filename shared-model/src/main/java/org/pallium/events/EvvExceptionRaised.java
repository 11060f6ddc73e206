package org.pallium.events;

import static org.pallium.events.Require.optional;
import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * An Electronic Visit Verification record needs a coordinator's review before it is billed: the
 * visit was verified, not refused. The locations themselves stay in the home-visit service, since
 * they are where the patient lives; the event carries only how far apart they were.
 *
 * @param stage           whether the check-in or the check-out was out of place
 * @param distanceMeters  how far the clinician's position was from the patient's address; null when
 *                        it could not be measured
 * @param thresholdMeters the distance the service flags beyond; null when no distance was measured
 */
public record EvvExceptionRaised(
        UUID visitId,
        UUID patientId,
        CareSetting setting,
        EvvExceptionKind kind,
        EvvStage stage,
        Integer distanceMeters,
        Integer thresholdMeters,
        String clinician,
        Instant occurredAt) implements VisitEvent {

    public EvvExceptionRaised {
        present(visitId, "visitId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(kind, "kind");
        present(stage, "stage");
        optional(distanceMeters, "distanceMeters");
        optional(thresholdMeters, "thresholdMeters");
        present(clinician, "clinician");
        present(occurredAt, "occurredAt");
        if (kind == EvvExceptionKind.LOCATION_FAR_FROM_ADDRESS && (distanceMeters == null || thresholdMeters == null)) {
            throw new IllegalArgumentException("a location far from the address needs distanceMeters and thresholdMeters");
        }
    }
}
