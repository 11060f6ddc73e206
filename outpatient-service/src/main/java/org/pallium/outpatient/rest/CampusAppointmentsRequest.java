package org.pallium.outpatient.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** All of the patient's appointments elsewhere on campus that the EHR knows of; they replace the list held before. */
public record CampusAppointmentsRequest(
        @Schema(description = "Only those that still take place: one left out is gone. Empty clears the list")
        @NotNull @Size(max = 500) List<@Valid @NotNull CampusAppointmentRequest> appointments) {
}
