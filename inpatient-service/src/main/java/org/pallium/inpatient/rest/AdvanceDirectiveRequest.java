package org.pallium.inpatient.rest;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.inpatient.repository.AdvanceDirectiveStatus;

/** Where the patient's advance directive stands, and who their healthcare agent is. */
public record AdvanceDirectiveRequest(
        @NotNull AdvanceDirectiveStatus status,
        @Schema(description = "Where the document is, such as the EHR's DocumentReference; required when ON_FILE")
        URI documentReference,
        @Size(min = 1, max = 2000) String note,
        @Valid @Schema(description = "The person named in the health care power of attorney; leave out when none")
        Agent healthcareAgent) {

    public record Agent(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) @Schema(example = "daughter") String relationship,
            @Size(max = 40) @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{3,39}", message = "must be a phone number") String phone) {
    }
}
