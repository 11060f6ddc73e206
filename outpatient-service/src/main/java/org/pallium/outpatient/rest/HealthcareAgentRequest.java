package org.pallium.outpatient.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person a health care power of attorney names to make health decisions when the patient cannot. */
public record HealthcareAgentRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) @Schema(example = "daughter") String relationship,
        @Size(max = 40) @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{3,39}", message = "must be a phone number")
        @Schema(description = "How to reach them; leave out when not known", example = "+1 555 0142") String phone) {
}
