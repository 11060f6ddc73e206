package org.pallium.outpatient.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.outpatient.repository.VisitType;
import org.pallium.outpatient.service.Bundling;

/** A free slot suggested to the patient, and why it ranks where it does. */
public record SlotSuggestionView(
        @Schema(description = "The clinician's Pallium user id") String clinician,
        String clinicianName,
        VisitType visitType,
        Instant startsAt,
        @Schema(description = "Exclusive") Instant endsAt,
        @Schema(description = "ADJACENT: within the bundling gap of one of the patient's campus appointments that day; "
                + "SAME_DAY: on the day of one, further from it; OTHER_DAY: on a day without one")
        Bundling bundling,
        @Schema(description = "The EHR id of the patient's nearest campus appointment on that day; null on other days")
        String sameDayAs,
        @Schema(description = "Minutes between this slot and that appointment (from the end of the earlier to the start "
                + "of the later); null on other days")
        Long minutesFromOtherAppointment) {
}
