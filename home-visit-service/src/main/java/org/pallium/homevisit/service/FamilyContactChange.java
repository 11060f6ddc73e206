package org.pallium.homevisit.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.homevisit.repository.Relationship;

/** A family member or other contact of the patient, whole: it replaces the contact it was made on. */
public record FamilyContactChange(
        @NotBlank @Size(max = 200) String name,
        @NotNull Relationship relationship,
        @Size(max = 40) String phone,
        boolean primaryCaregiver,
        @Schema(description = "Shows which siblings of a child patient are children themselves")
        @Min(1900) @Max(2200) Integer birthYear,
        @Size(max = 2000) String notes) {
}
