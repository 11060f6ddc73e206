package org.pallium.outpatient.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.outpatient.repository.VisitType;

/** A free slot: an appointment of the visit type can be booked with the clinician at this time. */
public record SlotView(
        @Schema(description = "The clinician's Pallium user id") String clinician,
        String clinicianName,
        VisitType visitType,
        Instant startsAt,
        @Schema(description = "Exclusive") Instant endsAt) {
}
