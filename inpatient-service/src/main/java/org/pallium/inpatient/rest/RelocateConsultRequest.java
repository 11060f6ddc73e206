package org.pallium.inpatient.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where the patient lies now. */
public record RelocateConsultRequest(
        @NotBlank @Size(max = 100) String unit,
        @NotBlank @Size(max = 20) String bed,
        @NotBlank @Size(max = 100) String admittingService) {
}
