package org.pallium.outpatient.rest;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the patient's appointments elsewhere on campus, as the EHR has it. */
public record CampusAppointmentRequest(
        @Schema(description = "The EHR's id of the appointment") @NotBlank @Size(max = 200) String id,
        @NotNull Instant startsAt,
        @Schema(description = "Exclusive") @NotNull Instant endsAt,
        @Schema(description = "What it is, such as \"Chemotherapy infusion\"") @Size(max = 500) String description,
        @Size(max = 500) String location) {
}
