package org.pallium.outpatient.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the appointment is cancelled. */
public record CancelAppointmentRequest(
        @Schema(description = "Free text; may be clinical") @NotBlank @Size(max = 2000) String reason) {
}
