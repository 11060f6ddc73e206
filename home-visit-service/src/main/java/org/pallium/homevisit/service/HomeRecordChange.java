package org.pallium.homevisit.service;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.homevisit.repository.AllergiesStatus;
import org.pallium.homevisit.repository.AllergySeverity;
import org.pallium.homevisit.repository.Residence;

/**
 * The whole home record of a patient, as a coordinator or the team sets it: it replaces the record
 * it was made on.
 */
public record HomeRecordChange(
        @NotNull Residence residence,
        @NotBlank @Size(max = 300) String addressLine,
        @NotBlank @Size(max = 100) String city,
        @Size(max = 20) String postalCode,
        @Schema(description = "Where the address lies (WGS 84), to compare EVV check-ins with; leave out when not located")
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Schema(description = "How to get in: door code, dog, parking")
        @Size(max = 2000) String accessNotes,
        @NotNull AllergiesStatus allergiesStatus,
        @Size(max = 50) List<@Valid @NotNull AllergyEntry> allergies,
        @Schema(description = "The Pallium user id of the patient's nurse")
        @Size(max = 200) String assignedNurse,
        @Schema(description = "The Pallium user id of the patient's social worker")
        @Size(max = 200) String assignedSocialWorker,
        @Schema(description = "The home health agency whose staff visit; the programme's default when left out")
        @Size(max = 100) String agency) {

    /** One allergy, as the request gives it. */
    public record AllergyEntry(
            @NotBlank @Size(max = 200) String substance,
            @Size(max = 500) String reaction,
            @NotNull AllergySeverity severity) {
    }
}
