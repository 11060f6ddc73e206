package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.outpatient.repository.VisitType;

/** An appointment to book; it ends when its visit type's duration has passed. */
public record BookAppointmentRequest(
        @Schema(description = "Chosen by the client; sending the same id again returns the appointment already booked")
        UUID id,
        @Schema(description = "The Pallium patient id") @NotNull UUID patientId,
        @Schema(description = "The clinician's Pallium user id") @NotBlank @Size(max = 200) String clinician,
        @NotNull VisitType visitType,
        @NotNull Instant startsAt) {
}
