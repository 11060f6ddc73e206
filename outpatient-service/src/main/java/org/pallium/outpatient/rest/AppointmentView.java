package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.outpatient.repository.AppointmentStatus;
import org.pallium.outpatient.repository.VisitType;

/**
 * An appointment at the clinic (a FHIR Appointment), with each step it took: when, and by whom (the
 * user id of their bearer token); a step not taken is left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppointmentView(
        UUID id,
        UUID patientId,
        @Schema(description = "The patient's referral to the clinic it was booked under") UUID referralId,
        @Schema(description = "The clinician's Pallium user id") String clinician,
        VisitType visitType,
        @Schema(description = "VR for a video visit, AMB for the others") String encounterClass,
        Instant startsAt,
        @Schema(description = "Exclusive: the start and the visit type's duration") Instant endsAt,
        AppointmentStatus status,
        Step booked,
        @Schema(description = "The latest move") Step rescheduled,
        Step checkedIn,
        Step completed,
        @Schema(description = "With the reason") Step cancelled,
        @Schema(description = "The patient did not come") Step missed) {

    /** A step the appointment took. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(Instant at, String by, @Schema(description = "A cancellation's reason; free text, may be clinical") String reason) {
    }
}
