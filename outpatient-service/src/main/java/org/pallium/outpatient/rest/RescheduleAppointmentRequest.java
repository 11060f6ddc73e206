package org.pallium.outpatient.rest;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where to move an appointment: another start, and perhaps another clinician. */
public record RescheduleAppointmentRequest(
        @NotNull Instant startsAt,
        @Schema(description = "The clinician's Pallium user id; none keeps the appointment's clinician")
        @Size(max = 200) String clinician) {
}
