package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * An Electronic Visit Verification record needs a coordinator's review before it is billed: the
 * visit was verified, not refused. The locations themselves stay in the home-visit service, since
 * they are where the patient lives; the event carries only how far apart they were.
 *
 * @param stage           whether the check-in or the check-out was out of place
 * @param distanceMeters  how far the clinician's position was from the patient's address, beyond the
 *                        threshold; null exactly when the address was not located
 * @param thresholdMeters the distance the service flags beyond; null exactly when the address was not located
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
        present(clinician, "clinician");
        present(occurredAt, "occurredAt");
        switch (kind) {
            case LOCATION_FAR_FROM_ADDRESS -> {
                if (distanceMeters == null || thresholdMeters == null) {
                    throw new IllegalArgumentException(
                            "a location far from the address needs distanceMeters and thresholdMeters");
                }
                if (thresholdMeters < 0 || distanceMeters <= thresholdMeters) {
                    throw new IllegalArgumentException("a location far from the address lies beyond a threshold of 0 m or "
                            + "more: distanceMeters must exceed thresholdMeters");
                }
            }
            case ADDRESS_NOT_LOCATED -> {
                if (distanceMeters != null || thresholdMeters != null) {
                    throw new IllegalArgumentException("an address not located has no distanceMeters or thresholdMeters");
                }
            }
        }
    }
}
