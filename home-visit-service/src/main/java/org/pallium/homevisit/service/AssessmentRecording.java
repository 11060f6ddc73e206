package org.pallium.homevisit.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.platform.scales.EsasRInput;
import org.pallium.platform.scales.PpsLevel;

/** A symptom assessment at home, at a visit or between visits: an ESAS-r form, a PPS level, or both. */
public record AssessmentRecording(
        @Schema(description = "The visit it was made at; leave out between visits. A visit's completion publishes its latest assessment")
        UUID visitId,
        @NotNull @PastOrPresent Instant assessedAt,
        @Valid EsasRInput esas,
        @PpsLevel Integer pps) {
}
