package org.pallium.inpatient.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the team signs off; may be left out. Reasons travel in the body: they may be clinical. */
public record SignOffRequest(
        @Size(min = 1, max = 1000) @Schema(description = "Why the team signs off, such as \"symptoms controlled\"") String reason) {
}
