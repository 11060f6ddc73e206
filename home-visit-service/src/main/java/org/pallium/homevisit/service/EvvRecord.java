package org.pallium.homevisit.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.pallium.events.Discipline;

/**
 * One visit's Electronic Visit Verification record, as the EVV export reports it: the six elements
 * of the Cures Act (type of service, the patient, the date, the location at check-in and check-out,
 * the provider, the begin and end time), and whether the record needs review. The export's CSV
 * columns are these components, in this order, under these names (docs/evv-export.md).
 *
 * @param serviceDate    the local day of the visit's begin, in the programme's time zone
 * @param providerId     the Pallium user id of the clinician who made the visit
 * @param exceptionCodes why the record needs review; empty when VERIFIED
 */
public record EvvRecord(
        UUID visitId,
        String serviceType,
        UUID patientId,
        String patientIdentifierSystem,
        String patientIdentifierValue,
        LocalDate serviceDate,
        String providerId,
        Discipline discipline,
        Instant beginTime,
        Instant endTime,
        Double checkInLatitude,
        Double checkInLongitude,
        Integer checkInAccuracyMeters,
        Integer checkInDistanceMeters,
        Double checkOutLatitude,
        Double checkOutLongitude,
        Integer checkOutAccuracyMeters,
        Integer checkOutDistanceMeters,
        Verification verificationStatus,
        List<String> exceptionCodes) {

    /** Whether the record can be billed as it stands, or needs a coordinator's review first. */
    public enum Verification {
        VERIFIED,
        EXCEPTION
    }
}
