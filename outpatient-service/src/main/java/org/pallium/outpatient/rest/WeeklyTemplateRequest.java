package org.pallium.outpatient.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clinician's whole weekly template, replacing the one they had. */
public record WeeklyTemplateRequest(
        @Schema(description = "Several blocks a day are allowed; blocks of a day may touch but not overlap. Empty: no hours")
        @NotNull @Size(max = 100) List<@Valid @NotNull WeeklyHoursEntry> blocks) {
}
