package org.pallium.outpatient.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pallium.events.Discipline;

/** A clinician the clinic books: their name as patients and colleagues see it, and their discipline. */
public record ClinicianRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull Discipline discipline) {
}
